package nl.ecza.registry.nomenclature.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Orphanet's DisorderMappingRelation between an ORPHAcode and an ICD code, best first. The pack's Master file states
 * no relation, so most cross-references are {@link #NOT_STATED} (decision 0023). A "W" (wrong) mapping is not a
 * cross-reference and is not imported.
 */
public enum IcdRelation {
    /** E: the two concepts are equivalent. */
    EXACT("E", "exact"),
    /** NTBT: the ORPHAcode is narrower than the ICD code (it is one of the conditions under it). */
    NARROWER_TO_BROADER("NTBT", "narrowerToBroader"),
    /** BTNT: the ORPHAcode is broader than the ICD code. */
    BROADER_TO_NARROWER("BTNT", "broaderToNarrower"),
    /** ND: Orphanet has not (yet) decided. */
    NOT_DECIDED("ND", "notDecided"),
    /** The source gives the alignment without its relation. */
    NOT_STATED("", "notStated");

    private final String orphanetCode;
    private final String apiValue;

    IcdRelation(String orphanetCode, String apiValue) {
        this.orphanetCode = orphanetCode;
        this.apiValue = apiValue;
    }

    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    /** The relation for Orphanet's abbreviation (E, NTBT, BTNT, ND; empty when not stated); null for anything else. */
    public static IcdRelation fromOrphanet(String code) {
        for (IcdRelation r : values()) {
            if (r.orphanetCode.equals(code)) {
                return r;
            }
        }
        return null;
    }
}
