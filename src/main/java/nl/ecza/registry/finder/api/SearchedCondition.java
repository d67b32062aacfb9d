package nl.ecza.registry.finder.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.api.ConditionReference;
import nl.ecza.registry.nomenclature.api.Match;
import nl.ecza.registry.nomenclature.model.ReplacementType;

/** A condition the finder searched centres for. */
@Schema(description = "A condition the finder searched centres for: the ORPHAcode asked for, or a condition the text "
        + "matched. An inactive code is searched as its replacement; redirectedFrom then names it.")
public record SearchedCondition(
        @Schema(required = true) ConditionReference condition,
        @Schema(description = "How the text matched this condition (text searches only).", nullable = true) Match match,
        @Schema(description = "The inactive code that was asked for or matched, now redirected to this one.",
                nullable = true)
        ConditionReference redirectedFrom,
        @Schema(description = "movedTo (deprecated code) or referredTo (obsolete code).", nullable = true)
        ReplacementType redirection) {
}
