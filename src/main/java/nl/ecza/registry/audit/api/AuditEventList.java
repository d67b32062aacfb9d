package nl.ecza.registry.audit.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the audit trail, newest first. */
@Schema(description = "A page of audit events, newest first.")
public record AuditEventList(
        @Schema(required = true) List<AuditEvent> events,
        @Schema(required = true) int page,
        @Schema(required = true) int pageSize,
        @Schema(description = "All events that match the filters.", required = true) long total) {
}
