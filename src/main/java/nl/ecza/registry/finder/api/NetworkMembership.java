package nl.ecza.registry.finder.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.ern.model.MembershipType;

/** A centre's current membership of a European Reference Network. */
@Schema(description = "A current membership of a European Reference Network.")
public record NetworkMembership(
        @Schema(required = true, examples = "bond") String code,
        @Schema(required = true, examples = "ERN BOND") String acronym,
        @Schema(description = "Name in the language of Accept-Language.", required = true) String name,
        @Schema(description = "fullMember; affiliated partner as associatedNationalCentre or nationalCoordinationHub; "
                + "supportingPartner.", required = true) MembershipType membershipType,
        @Schema(required = true) LocalDate since) {
}
