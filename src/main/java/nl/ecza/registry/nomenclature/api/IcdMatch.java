package nl.ecza.registry.nomenclature.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.model.IcdRelation;

/** The ICD code a search typed, and how Orphanet aligns it with the condition found. */
@Schema(description = "The ICD code the search typed, as Orphanet writes it, and how Orphanet aligns it with the"
        + " condition.")
public record IcdMatch(
        @Schema(type = SchemaType.STRING, enumeration = {"ICD-10", "ICD-11"}, required = true, examples = "ICD-10")
        String revision,
        @Schema(required = true, examples = "Q87.4", maxLength = 10) String code,
        @Schema(required = true) IcdRelation relation) {
}
