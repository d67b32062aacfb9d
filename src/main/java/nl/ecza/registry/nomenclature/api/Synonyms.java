package nl.ecza.registry.nomenclature.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Synonyms per language, in Orphanet's order. */
@Schema(description = "Synonyms per language, in Orphanet's order.")
public record Synonyms(
        @Schema(required = true) List<String> nl,
        @Schema(required = true, examples = "[\"MFS\"]") List<String> en) {
}
