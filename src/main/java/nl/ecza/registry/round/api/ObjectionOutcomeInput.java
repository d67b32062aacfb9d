package nl.ecza.registry.round.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.validation.RegistryDate;

import nl.ecza.registry.round.model.ObjectionOutcome;

@Schema(description = "The decision on an objection: upheld creates the recognition, rejected leaves the refusal.")
public record ObjectionOutcomeInput(@Schema(required = true) @NotNull ObjectionOutcome outcome,
        @Schema(description = "Default: today (Europe/Amsterdam).") @RegistryDate LocalDate decidedOn,
        @Size(max = 20000) String reason) {
}
