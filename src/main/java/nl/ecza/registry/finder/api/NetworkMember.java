package nl.ecza.registry.finder.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.ern.model.MembershipType;

/** A Dutch centre that is a member of the network today. */
@Schema(description = "A Dutch member of the network.")
public record NetworkMember(
        @Schema(required = true) CentreReference centre,
        @Schema(required = true) InstitutionReference leadingInstitution,
        @Schema(required = true) MembershipType membershipType,
        @Schema(required = true) LocalDate since) {
}
