package nl.ecza.registry.finder.search;

import java.util.List;

/** The conditions searched for, one page of the centres found (best first) and how many were found in all. */
public record FinderResult(List<QueryCondition> conditions, List<CentreHit> hits, int total) {
}
