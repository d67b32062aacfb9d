package nl.ecza.registry.nomenclature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name in both languages; {@code nl} is null where Orphanet has no Dutch term. */
@Schema(description = "A name in Dutch and English. nl is null where Orphanet has no Dutch term.")
public record Names(
        @Schema(description = "Dutch name.", nullable = true, examples = "Syndroom van Marfan") String nl,
        @Schema(description = "English name.", required = true, examples = "Marfan syndrome") String en) {
}
