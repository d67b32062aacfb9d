package nl.ecza.registry.round.service;

import io.quarkus.hibernate.orm.panache.Panache;

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

    /** Publication: every recognition the round's decisions created becomes public (bulk: no entity of these is loaded here). */
    @SuppressWarnings("unchecked")
    static java.util.List<java.util.UUID> publishRecognitions(int year) {
        Panache.getEntityManager().flush();
        return Panache.getEntityManager().createNativeQuery("""
                update recognition set published = true, version = version + 1 where not published and id in (
                    select c.recognition_id from requested_condition c join application a on a.id = c.application_id
                    where a.round_year = ?1 and c.recognition_id is not null) returning id""", java.util.UUID.class)
                .setParameter(1, year).getResultList();
    }
}
