package nl.ecza.registry.round.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.validation.RegistryDate;

import nl.ecza.registry.round.model.DecisionOutcome;

@Schema(description = "The decision on one requested condition.")
public record DecisionInput(@Schema(required = true) @NotNull DecisionOutcome outcome,
        @Schema(description = "Default: today (Europe/Amsterdam). In the round's year or the next.")
        @RegistryDate LocalDate decisionDate,
        @Size(max = 20000) String reason) {
}
