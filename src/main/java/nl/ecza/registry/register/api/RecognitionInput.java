package nl.ecza.registry.register.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.validation.RegistryDate;

/** A recognition entered by staff, e.g. from a round held before this registry. Same rules as a round's decision. */
@Schema(description = "A recognition entered by staff (history import or correction); the same rules as a decision "
        + "in a round apply.")
public record RecognitionInput(
        @Schema(description = "An active ORPHAcode.", required = true, examples = "558") @NotNull Integer orphaCode,
        @Schema(required = true, examples = "2019") @NotNull @Min(2000) @Max(2100) Integer roundYear,
        @Schema(description = "In the round's year or the next.", required = true)
        @NotNull @RegistryDate LocalDate decisionDate,
        @Schema(required = true) @NotNull @RegistryDate LocalDate validFrom,
        @Schema(description = "Exclusive; default and maximum five years after validFrom.")
        @RegistryDate LocalDate validUntil,
        @Schema(description = "Visible in the public finder.", required = true) @NotNull Boolean published) {
}
