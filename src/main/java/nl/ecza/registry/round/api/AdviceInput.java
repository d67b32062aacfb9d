package nl.ecza.registry.round.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.round.model.Advice;

@Schema(description = "The assessment's advice on one requested condition.")
public record AdviceInput(@Schema(required = true) @NotNull Advice outcome, @Size(max = 20000) String reason) {
}
