package nl.ecza.registry.round.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.validation.RegistryDate;
import nl.ecza.registry.round.model.RecognitionRound;

/** A new round; dates left out take the defaults (deadline 1 April 00:00 Europe/Amsterdam, 6 weeks for objections). */
@Schema(description = "A new recognition round. Dates left out take the configured defaults.")
public record NewRound(
        @Schema(required = true, examples = "2027") @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Default: 1 April of the year, 00:00 Europe/Amsterdam.")
        @RegistryDate OffsetDateTime applicationDeadline,
        @Schema(description = "Default: 31 July.") @RegistryDate LocalDate assessmentEnds,
        @Schema(description = "Default: 31 October.") @RegistryDate LocalDate decisionsDue,
        @Schema(description = "Default: 6. At least 6, the statutory objection period (Awb art. 6:7).")
        @Min(RecognitionRound.STATUTORY_OBJECTION_WEEKS) @Max(26) Integer objectionWeeks) {
}
