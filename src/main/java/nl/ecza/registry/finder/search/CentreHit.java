package nl.ecza.registry.finder.search;

import java.util.List;

import nl.ecza.registry.register.readmodel.RegisterEntries;
import nl.ecza.registry.register.readmodel.Relation;

/** A centre found, with every recognition that made it match, best first. */
public record CentreHit(RegisterEntries.Centre centre, List<Match> matches) {

    /** One recognised condition of the centre and how it relates to one query condition. */
    public record Match(RegisterEntries.Recognition recognition, Relation relation, int distance,
            QueryCondition queryCondition, int queryRank) {
    }
}
