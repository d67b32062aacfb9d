package nl.ecza.registry.round.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an institution states in its application. A draft may be incomplete; submission checks that everything
 * the assessment needs is there.
 */
@Schema(description = "The content of an application. A draft may be incomplete; submitting checks completeness.")
public record ApplicationContent(
        @Schema(description = "The applying institution; the token must act for it.", required = true)
        @NotNull UUID institutionId,
        @Schema(description = "The existing centre this application renews or extends; leave out for a new centre.")
        UUID centreId,
        @Schema(examples = "Expertisecentrum Marfan") @Size(max = 300) String centreNameNl,
        @Schema(examples = "Marfan expertise centre") @Size(max = 300) String centreNameEn,
        @Size(max = 5000) String descriptionNl,
        @Size(max = 5000) String descriptionEn,
        @Valid ContactInput patientContact,
        @Valid ContactInput professionalContact,
        @Schema(description = "Research output: publications, trials, registries.")
        @Size(max = 20000) String researchOutput,
        @Schema(description = "How patient organisations are involved.")
        @Size(max = 20000) String patientOrganisationInvolvement,
        @Schema(description = "Other institutions that take part in the centre.")
        @Size(max = 20) List<@NotNull UUID> partnerInstitutionIds,
        @Schema(description = "Codes of the European Reference Networks the centre intends to join.",
                examples = "[\"vascern\"]")
        @Size(max = 24) List<@NotNull String> intendedErns,
        @Schema(description = "The conditions the centre asks recognition for.")
        @Size(max = 200) List<@Valid @NotNull RequestedConditionInput> conditions) {
}
