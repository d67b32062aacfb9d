package nl.ecza.registry.finder.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.api.Attribution;
import nl.ecza.registry.nomenclature.api.ConditionReference;
import nl.ecza.registry.nomenclature.api.Names;

/** A network with its Dutch members. */
@Schema(description = "A European Reference Network with its Dutch members.")
public record NetworkDetails(
        @Schema(required = true, examples = "vascern") String code,
        @Schema(required = true) String acronym,
        @Schema(description = "Name in the language of Accept-Language.", required = true) String name,
        @Schema(required = true) Names names,
        @Schema(description = "Thematic scope in the language of Accept-Language.", required = true) String scope,
        @Schema(required = true) Names scopes,
        @Schema(nullable = true) String rorId,
        @Schema(required = true) boolean nameConfirmed,
        @Schema(description = "Orphanet classification heads whose scope resembles the network's. A heuristic, not an "
                + "official mapping: Orphanet publishes none.", required = true) List<ConditionReference> orphanetScope,
        @Schema(description = "Dutch centres that are members today, by name.", required = true)
        List<NetworkMember> members,
        @Schema(required = true) Attribution attribution) {
}
