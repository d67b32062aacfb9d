package nl.ecza.registry.nomenclature.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/** An imported pack with its summary: counts per level and status and the codes that changed. */
@Schema(description = "An imported Orphanet pack with its summary: counts per level and status, and what changed "
        + "compared with the previous release.")
public record ReleaseDetails(
        @Schema(required = true, examples = "1") long id,
        @Schema(required = true, examples = "1.3.42 / 4.1.8 [2025-03-03]") String dataVersion,
        @Schema(required = true, examples = "2025-06-24") LocalDate extractionDate,
        @Schema(required = true) List<String> languages,
        @Schema(required = true) Instant importedAt,
        @Schema(description = "Where the pack was read from.", required = true) String source,
        @Schema(description = "SHA-256 of the pack files that were read.", required = true) String contentSha256,
        @Schema(required = true) int entityCount,
        @Schema(required = true) int edgeCount,
        @Schema(required = true) int closureCount,
        @Schema(required = true) boolean current,
        @Schema(required = true) List<Count> counts,
        @Schema(required = true) Changes changes) {

    /** Number of entities at one level with one status. */
    @Schema(name = "ReleaseCount", description = "Number of entities at one classification level with one status.")
    public record Count(
            @Schema(required = true) ClassificationLevel classificationLevel,
            @Schema(required = true) ConditionStatus status,
            @Schema(required = true, examples = "6527") int count) {
    }

    /** ORPHAcodes that changed compared with the previous release, per kind of change. */
    @Schema(name = "ReleaseChanges", description = "ORPHAcodes that changed compared with the previous release.")
    public record Changes(
            @Schema(required = true) List<Integer> added,
            @Schema(description = "English or Dutch preferred term changed.", required = true) List<Integer> renamed,
            @Schema(description = "Active before, inactive now.", required = true) List<Integer> newlyInactive,
            @Schema(description = "Inactive before, active now.", required = true) List<Integer> reactivated,
            @Schema(description = "Changed in another way (synonyms, level, typology, replacement, ...).",
                    required = true)
            List<Integer> otherwiseChanged) {
    }
}
