package nl.ecza.registry.round.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One condition the application asks recognition for. */
@Schema(description = "A condition the centre asks recognition for, with its care pathway and patient numbers.")
public record RequestedConditionInput(
        @Schema(description = "An active ORPHAcode (number).", required = true, examples = "558")
        @NotNull Integer orphaCode,
        @Schema(description = "The care pathway (zorgpad) for this condition.") @Size(max = 20000) String carePathway,
        @Schema(description = "Patients with this condition seen per year.", examples = "120")
        @PositiveOrZero Integer yearlyPatients) {
}
