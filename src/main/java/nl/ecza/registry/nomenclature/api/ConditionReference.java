package nl.ecza.registry.nomenclature.api;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/** A short mention of a condition: parents, children, aggregation level. */
@Schema(description = "A condition mentioned from another one (parent, child, aggregation level).")
public record ConditionReference(
        @Schema(description = "The ORPHAcode as Orphanet writes it.", required = true, examples = "ORPHA:558")
        String id,
        @Schema(required = true, examples = "558") int orphaCode,
        @Schema(description = "Name in the language of Accept-Language (English where no Dutch term exists).",
                required = true)
        String name,
        @Schema(required = true) ClassificationLevel classificationLevel,
        @Schema(required = true) ConditionStatus status) {
}
