package nl.ecza.registry.nomenclature.api;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;
import nl.ecza.registry.nomenclature.model.ConditionStatus;

/** A condition in a list or search result; {@code match} says why it was found (absent when listing). */
@Schema(description = "A condition in a list or search result.")
public record ConditionSummary(
        @Schema(required = true, examples = "ORPHA:558") String id,
        @Schema(required = true, examples = "558") int orphaCode,
        @Schema(description = "Preferred term in the language of Accept-Language.", required = true) String name,
        @Schema(required = true) Names names,
        @Schema(required = true) ClassificationLevel classificationLevel,
        @Schema(required = true) ConditionStatus status,
        @Schema(description = "For an inactive entity: the one to use instead.", nullable = true)
        Replacement replacement,
        @Schema(description = "Why this result matched; absent when listing without q.", nullable = true) Match match) {
}
