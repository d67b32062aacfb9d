package nl.ecza.registry.nomenclature.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An imported Orphanet pack that changed the nomenclature. */
@Schema(description = "An imported Orphanet pack that changed the nomenclature.")
public record ReleaseSummary(
        @Schema(required = true, examples = "1") long id,
        @Schema(required = true, examples = "1.3.42 / 4.1.8 [2025-03-03]") String dataVersion,
        @Schema(required = true, examples = "2025-06-24") LocalDate extractionDate,
        @Schema(description = "Languages of the nomenclature files.", required = true, examples = "[\"en\", \"nl\"]")
        List<String> languages,
        @Schema(required = true) Instant importedAt,
        @Schema(description = "Entities (active and inactive).", required = true, examples = "11111") int entityCount,
        @Schema(description = "Parent-child links over all classifications.", required = true) int edgeCount,
        @Schema(description = "Rows of the ancestor-descendant closure.", required = true) int closureCount,
        @Schema(description = "Whether this is the release the API serves.", required = true) boolean current) {
}
