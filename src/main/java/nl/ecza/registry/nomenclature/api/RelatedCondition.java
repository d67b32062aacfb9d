package nl.ecza.registry.nomenclature.api;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/** An ancestor or descendant, with the number of classification steps between the two (1 = parent or child). */
@Schema(description = "An ancestor or descendant of a condition.")
public record RelatedCondition(
        @Schema(required = true, examples = "ORPHA:284993") String id,
        @Schema(required = true, examples = "284993") int orphaCode,
        @Schema(required = true) String name,
        @Schema(required = true) ClassificationLevel classificationLevel,
        @Schema(required = true) ConditionStatus status,
        @Schema(description = "Classification steps between the two: 1 for a parent or child.", required = true,
                examples = "1")
        int distance) {
}
