package nl.ecza.registry.finder.search;

import java.util.List;

/** The conditions searched for and the centres found, best first. */
public record FinderResult(List<QueryCondition> conditions, List<CentreHit> hits) {
}
