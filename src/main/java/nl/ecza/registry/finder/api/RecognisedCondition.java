package nl.ecza.registry.finder.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.api.Names;
import nl.ecza.registry.nomenclature.model.ClassificationLevel;

/** A condition the centre is recognised for today. */
@Schema(description = "A condition the centre is currently recognised for.")
public record RecognisedCondition(
        @Schema(required = true, examples = "ORPHA:558") String id,
        @Schema(required = true, examples = "558") int orphaCode,
        @Schema(description = "Name in the language of Accept-Language.", required = true) String name,
        @Schema(required = true) Names names,
        @Schema(required = true) ClassificationLevel classificationLevel,
        @Schema(description = "The recognition round that decided it.", required = true, examples = "2023")
        int roundYear,
        @Schema(required = true) LocalDate decisionDate,
        @Schema(required = true) LocalDate validFrom,
        @Schema(description = "The first day the recognition no longer holds.", required = true) LocalDate validUntil) {
}
