package nl.ecza.registry.register.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.common.validation.RegistryDate;

import nl.ecza.registry.ern.model.MembershipType;

/** Corrections to a membership: its type, or its end. */
@Schema(description = "Corrections to a membership; fields left out stay as they are.")
public record MembershipChanges(MembershipType membershipType, @RegistryDate LocalDate until) {
}
