package nl.ecza.registry.finder.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short mention of an expertise centre. */
@Schema(description = "An expertise centre, in short.")
public record CentreReference(
        @Schema(required = true) UUID id,
        @Schema(description = "Name in the language of Accept-Language.", required = true) String name,
        @Schema(description = "Fictional demonstration data.", required = true) boolean demo) {
}
