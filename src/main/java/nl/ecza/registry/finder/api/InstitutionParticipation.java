package nl.ecza.registry.finder.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.institution.model.InstitutionType;

/** An institution taking part in a centre. */
@Schema(description = "An institution of the centre.")
public record InstitutionParticipation(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) String city,
        @Schema(required = true) String province,
        @Schema(required = true) InstitutionType type,
        @Schema(nullable = true) String website,
        @Schema(description = "Whether this institution leads the centre.", required = true) boolean leading) {
}
