package nl.ecza.registry.register.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.ern.model.MembershipType;
import nl.ecza.registry.round.api.ContactInput;

/** The staff view of a centre: everything, published or not, with the versions a correction sends back. */
@Schema(description = "A centre as staff maintain it: all recognitions and memberships, published or not.")
public record RegisteredCentre(
        @Schema(required = true) UUID id,
        @Schema(required = true) String nameNl,
        @Schema(required = true) String nameEn,
        @Schema(nullable = true) String descriptionNl,
        @Schema(nullable = true) String descriptionEn,
        @Schema(description = "Null when none is known.", nullable = true) ContactInput patientContact,
        @Schema(description = "Null when none is known.", nullable = true) ContactInput professionalContact,
        @Schema(required = true) List<Participation> institutions,
        @Schema(required = true) List<RegisteredRecognition> recognitions,
        @Schema(required = true) List<RegisteredMembership> ernMemberships,
        @Schema(description = "Fictional demonstration data.", required = true) boolean demo,
        @Schema(description = "The centre's ETag, for If-Match.", required = true) String etag) {

    @Schema(description = "An institution taking part in the centre.")
    public record Participation(@Schema(required = true) UUID institutionId, @Schema(required = true) String name,
            @Schema(required = true) boolean leading) {
    }

    @Schema(description = "A recognition with its status today and its ETag.")
    public record RegisteredRecognition(@Schema(required = true) UUID id, @Schema(required = true) int orphaCode,
            @Schema(required = true) String name, @Schema(required = true) int roundYear,
            @Schema(required = true) LocalDate decisionDate,
            @Schema(required = true) LocalDate validFrom, @Schema(required = true) LocalDate validUntil,
            @Schema(required = true) boolean published,
            @Schema(description = "pending (not yet valid), active, expired or withdrawn, as of today.",
                    required = true) String status,
            @Schema(nullable = true) LocalDate withdrawnOn, @Schema(nullable = true) String withdrawalReason,
            @Schema(required = true) String etag) {
    }

    @Schema(description = "An ERN membership with its ETag.")
    public record RegisteredMembership(@Schema(required = true) UUID id, @Schema(required = true) String ernCode,
            @Schema(required = true) MembershipType membershipType, @Schema(required = true) LocalDate since,
            @Schema(description = "Exclusive; null while it lasts.", nullable = true) LocalDate until,
            @Schema(required = true) String etag) {
    }
}
