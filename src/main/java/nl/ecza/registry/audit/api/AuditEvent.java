package nl.ecza.registry.audit.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** One change in the audit trail. */
@Schema(description = "One change: who made it, when, and the representation before and after.")
public record AuditEvent(
        @Schema(required = true) long id,
        @Schema(required = true) OffsetDateTime occurredAt,
        @Schema(description = "The token subject (and user name).", required = true) String actor,
        @Schema(description = "The actor's roles, comma-separated.", required = true) String roles,
        @Schema(required = true, examples = "application.submitted") String action,
        @Schema(required = true, examples = "application") String entityType,
        @Schema(required = true) String entityId,
        @Schema(description = "The representation before the change; null for a creation.", nullable = true)
        Map<String, Object> before,
        @Schema(description = "The representation after the change.", nullable = true)
        Map<String, Object> after) {
}
