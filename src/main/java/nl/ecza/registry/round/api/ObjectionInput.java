package nl.ecza.registry.round.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An objection (bezwaar) against the refusal of one condition.")
public record ObjectionInput(@Schema(required = true) @NotBlank @Size(max = 20000) String reason) {
}
