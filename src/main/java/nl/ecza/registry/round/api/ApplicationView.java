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
        UUID centreId,
        String centreNameNl,
        String centreNameEn,
        String descriptionNl,
        String descriptionEn,
        ContactInput patientContact,
        ContactInput professionalContact,
        String researchOutput,
        String patientOrganisationInvolvement,
        @Schema(required = true) List<InstitutionName> partnerInstitutions,
        @Schema(required = true) List<String> intendedErns,
        @Schema(required = true) List<RequestedConditionView> conditions,
        @Schema(description = "Applications are accepted until this moment (exclusive).", required = true) OffsetDateTime submissionDeadline,
        OffsetDateTime submittedAt,
        OffsetDateTime withdrawnAt,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    /** An institution by id and name. */
    @Schema(name = "ApplicationInstitution", description = "An institution by id and name.")
    public record InstitutionName(@Schema(required = true) UUID id, @Schema(required = true) String name) {
    }
}
