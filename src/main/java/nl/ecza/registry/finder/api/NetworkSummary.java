package nl.ecza.registry.finder.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.api.Names;

/** A network in the list of 24. */
@Schema(description = "A European Reference Network.")
public record NetworkSummary(
        @Schema(description = "The network's code in this API.", required = true, examples = "vascern") String code,
        @Schema(required = true, examples = "VASCERN") String acronym,
        @Schema(description = "Name in the language of Accept-Language.", required = true) String name,
        @Schema(required = true) Names names,
        @Schema(description = "Thematic scope in the language of Accept-Language.", required = true) String scope,
        @Schema(description = "Dutch centres that are members today.", required = true) int memberCount,
        @Schema(description = "False where the English name is not yet checked against a European Commission page.",
                required = true)
        boolean nameConfirmed) {
}
