package nl.ecza.registry.audit.rest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ecza.registry.audit.api.AuditEvent;
import nl.ecza.registry.audit.api.AuditEventList;
import nl.ecza.registry.common.paging.PageRequest;
import nl.ecza.registry.common.time.ClockProducer;
import nl.ecza.registry.security.Roles;

/** The audit trail, for staff: every change with actor, time, action and before -> after. */
@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "503", ref = "DatabaseUnavailable")
public class AuditResource {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.DECISION_MAKER, Roles.ADMIN})
    @Operation(operationId = "listAuditEvents", summary = "Read the audit trail",
            description = "Staff. Newest first; filter by the changed entity (entityType and entityId) or by actor.")
    @APIResponse(responseCode = "200", description = "Audit events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuditEventList.class)))
    public AuditEventList list(
            @Parameter(description = "application, recognition-round, expertise-centre, recognition or ern-membership",
                    example = "application")
            @QueryParam("entityType") String entityType,
            @Parameter(description = "The changed entity's id (a UUID, or a round's year).")
            @QueryParam("entityId") String entityId,
            @Parameter(description = "Token subject of the actor.") @QueryParam("actor") String actor,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "pageSize") @QueryParam("pageSize") String pageSize) {
        PageRequest paging = PageRequest.of(page, pageSize);
        StringBuilder where = new StringBuilder(" where true");
        List<String> values = new ArrayList<>();
        if (entityType != null && !entityType.isBlank()) {
            values.add(entityType);
            where.append(" and entity_type = ?").append(values.size());
        }
        if (entityId != null && !entityId.isBlank()) {
            values.add(entityId);
            where.append(" and entity_id = ?").append(values.size());
        }
        if (actor != null && !actor.isBlank()) {
            values.add(actor);
            where.append(" and (actor = ?").append(values.size()).append(" or actor like ?").append(values.size())
                    .append(" || ' (%')");
        }
        Query count = em.createNativeQuery("select count(*) from audit_event" + where);
        Query rows = em.createNativeQuery(
                "select id, occurred_at, actor, roles, action, entity_type, entity_id, cast(before as text), "
                        + "cast(after as text) from audit_event" + where + " order by id desc limit "
                        + paging.pageSize() + " offset " + paging.offset());
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
            rows.setParameter(i + 1, values.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        List<AuditEvent> events = result.stream().map(r -> new AuditEvent(((Number) r[0]).longValue(),
                ClockProducer.inUtc(r[1] instanceof Timestamp t ? t.toInstant() : (Instant) r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], read((String) r[7]),
                read((String) r[8]))).toList();
        return new AuditEventList(events, paging.page(), paging.pageSize(), total);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return text == null ? null : json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit payload", e);
        }
    }
}
