package nl.ecza.registry.nomenclature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.ecza.registry.nomenclature.model.IcdRelation;

/** An ICD code Orphanet aligns with a condition. */
@Schema(description = "An ICD code Orphanet aligns with the condition, with Orphanet's mapping relation.")
public record IcdCrossReference(
        @Schema(description = "The ICD code as Orphanet writes it (ICD-10 dagger + and asterisk * kept).",
                required = true, examples = "Q87.4", maxLength = 10) String code,
        @Schema(description = "exact: the concepts are equivalent; narrowerToBroader: the condition is one of those"
                + " under the ICD code; broaderToNarrower: the condition is broader than the ICD code; notDecided:"
                + " Orphanet has not decided; notStated: the source gives no relation (Orphanet's Master file, which"
                + " the shipped pack's alignments come from).",
                required = true) IcdRelation relation) {
}
