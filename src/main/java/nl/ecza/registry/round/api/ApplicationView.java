package nl.ecza.registry.round.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.round.model.ApplicationState;

/** An application as its institution and the staff see it, with the outcome per condition so far. */
@Schema(description = "An application with the advice, decision and objection per requested condition so far.")
public record ApplicationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) int roundYear,
        @Schema(description = "draft, submitted or withdrawn.", required = true) ApplicationState state,
        @Schema(required = true) InstitutionName institution,
        @Schema(description = "The centre it renews or extends, or the one created on recognition; null for a new "
                + "centre until then.", nullable = true) UUID centreId,
        @Schema(nullable = true) String centreNameNl,
        @Schema(nullable = true) String centreNameEn,
        @Schema(nullable = true) String descriptionNl,
        @Schema(nullable = true) String descriptionEn,
        @Schema(description = "Null when none is given.", nullable = true) ContactInput patientContact,
        @Schema(description = "Null when none is given.", nullable = true) ContactInput professionalContact,
        @Schema(nullable = true) String researchOutput,
        @Schema(nullable = true) String patientOrganisationInvolvement,
        @Schema(required = true) List<InstitutionName> partnerInstitutions,
        @Schema(required = true) List<String> intendedErns,
        @Schema(required = true) List<RequestedConditionView> conditions,
        @Schema(description = "Applications are accepted until this moment (exclusive).", required = true)
        OffsetDateTime submissionDeadline,
        @Schema(description = "Null while a draft.", nullable = true) OffsetDateTime submittedAt,
        @Schema(description = "Null unless withdrawn.", nullable = true) OffsetDateTime withdrawnAt,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    /** An institution by id and name. */
    @Schema(name = "ApplicationInstitution", description = "An institution by id and name.")
    public record InstitutionName(@Schema(required = true) UUID id, @Schema(required = true) String name) {
    }
}
