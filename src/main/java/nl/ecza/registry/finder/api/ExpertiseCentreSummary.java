package nl.ecza.registry.finder.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.api.Names;

/** A centre in a finder result. */
@Schema(description = "An expertise centre found by the finder.")
public record ExpertiseCentreSummary(
        @Schema(required = true) UUID id,
        @Schema(description = "Name in the language of Accept-Language.", required = true) String name,
        @Schema(required = true) Names names,
        @Schema(required = true) InstitutionReference leadingInstitution,
        @Schema(description = "All institutions of the centre, the leading one first.", required = true)
        List<InstitutionReference> institutions,
        @Schema(description = "Current ERN memberships.", required = true)
        List<NetworkMembership> europeanReferenceNetworks,
        @Schema(description = "Why the centre was found, best match first; empty when listing without a condition.",
                required = true)
        List<CentreConditionMatch> matches,
        @Schema(description = "Fictional demonstration data.", required = true) boolean demo) {
}
