package nl.ecza.registry.round.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;

import nl.ecza.registry.round.model.RequestedCondition;

/** Set-wise questions and updates over the requested conditions of a round. */
final class RequestedConditionQueries {

    private RequestedConditionQueries() {
    }

    /** Conditions of submitted applications without a decision. */
    static long undecided(int year) {
        return ((Number) Panache.getEntityManager().createNativeQuery("""
                select count(*) from requested_condition c join application a on a.id = c.application_id
                where a.round_year = ?1 and a.state = 'SUBMITTED' and c.decision is null""")
                .setParameter(1, year).getSingleResult()).longValue();
    }

    /**
     * Publication: what {@link RequestedCondition#recognitionToPublish} names for the round's conditions becomes
     * public, in one update (no recognition entity is loaded here, so none goes stale in the session).
     */
    @SuppressWarnings("unchecked")
    static List<UUID> publishRecognitions(int year) {
        Panache.getEntityManager().flush();
        List<UUID> recognitions = RequestedCondition.<RequestedCondition>list("application.roundYear", year).stream()
                .map(RequestedCondition::recognitionToPublish).flatMap(Optional::stream).toList();
        if (recognitions.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager().createNativeQuery(
                "update recognition set published = true, version = version + 1 where not published and id in "
                        + "(:ids) returning id", UUID.class)
                .setParameter("ids", recognitions).getResultList();
    }
}
