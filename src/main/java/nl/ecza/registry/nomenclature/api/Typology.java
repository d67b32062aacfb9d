package nl.ecza.registry.nomenclature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Orphanet typology (Disease, Clinical subtype, ...); unknown for some obsolete entities. */
@Schema(description = "Orphanet typology: Category, Clinical group, Disease, Clinical subtype, ...")
public record Typology(
        @Schema(description = "Orphanet typology id; absent for some obsolete entities.", nullable = true,
                examples = "21394") Integer id,
        @Schema(description = "Name in the language of Accept-Language (English where no Dutch name exists).",
                required = true, examples = "Ziekte") String name,
        @Schema(required = true) Names names) {
}
