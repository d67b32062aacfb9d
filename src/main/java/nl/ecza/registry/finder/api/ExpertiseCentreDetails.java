package nl.ecza.registry.finder.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.api.Attribution;
import nl.ecza.registry.nomenclature.api.Names;

/** Everything public about one centre. */
@Schema(description = "A recognised expertise centre: institutions, conditions it is recognised for, ERN "
        + "memberships, contact.")
public record ExpertiseCentreDetails(
        @Schema(required = true) UUID id,
        @Schema(description = "Name in the language of Accept-Language.", required = true) String name,
        @Schema(required = true) Names names,
        @Schema(description = "Short description in the language of Accept-Language.", nullable = true)
        String description,
        @Schema(description = "For patients and their families.", required = true) ContactDetails patientContact,
        @Schema(description = "For referring doctors and other professionals.", required = true)
        ContactDetails professionalContact,
        @Schema(description = "The leading institution first.", required = true)
        List<InstitutionParticipation> institutions,
        @Schema(description = "Conditions the centre is recognised for today, by ORPHAcode.", required = true)
        List<RecognisedCondition> recognisedConditions,
        @Schema(description = "Current ERN memberships.", required = true)
        List<NetworkMembership> europeanReferenceNetworks,
        @Schema(description = "Fictional demonstration data.", required = true) boolean demo,
        @Schema(required = true) Attribution attribution) {
}
