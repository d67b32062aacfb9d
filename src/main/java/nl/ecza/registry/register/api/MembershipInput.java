package nl.ecza.registry.register.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.validation.RegistryDate;

import nl.ecza.registry.ern.model.MembershipType;

/** A centre's membership of an ERN; it must start within an active recognition of the centre. */
@Schema(description = "An ERN membership; only a recognised centre can be a member.")
public record MembershipInput(
        @Schema(required = true, examples = "vascern") @NotBlank String ernCode,
        @Schema(required = true) @NotNull MembershipType membershipType,
        @Schema(required = true) @NotNull @RegistryDate LocalDate since,
        @Schema(description = "Exclusive; leave out while it lasts.") @RegistryDate LocalDate until) {
}
