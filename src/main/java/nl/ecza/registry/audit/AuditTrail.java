package nl.ecza.registry.audit;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ecza.registry.security.Caller;

/**
 * Appends one event per state change, in the transaction of the change: who, when, what, and the
 * representation before and after. The database refuses updates and deletes of these rows.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        em.createNativeQuery("insert into audit_event (occurred_at, actor, roles, action, entity_type, entity_id, "
                + "before, after) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), cast(?8 as jsonb))")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, caller.actor())
                .setParameter(3, String.join(",", caller.roles()))
                .setParameter(4, action)
                .setParameter(5, entityType)
                .setParameter(6, String.valueOf(entityId))
                .setParameter(7, write(before))
                .setParameter(8, write(after))
                .executeUpdate();
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
