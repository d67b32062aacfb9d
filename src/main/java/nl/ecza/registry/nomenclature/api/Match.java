package nl.ecza.registry.nomenclature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a search result matched: how, and on which name. */
@Schema(description = "Why a search result matched: how, and on which of the condition's names.")
public record Match(
        @Schema(description = "orphaCode: the query is the code; icdCode: the query is an ICD-10 or ICD-11 code "
                + "Orphanet aligns with the condition (term is then the preferred English name); exact: all words of a "
                + "name, in any order (British or American spelling); prefix: every word starts a word of a name; "
                + "fuzzy: close to a name (typo, plural, inflection, or one word of several not found).",
                required = true)
        MatchType type,
        @Schema(description = "The name that matched.", required = true, examples = "Marfan syndrome") String term,
        @Schema(description = "Language of that name.", required = true, examples = "en") String language,
        @Schema(required = true) TermType termType,
        @Schema(description = "For an icdCode match: the ICD code and its relation to the condition.", nullable = true)
        IcdMatch icd) {

    /** How a result matched, best first. */
    public enum MatchType {
        ORPHA_CODE("orphaCode"), ICD_CODE("icdCode"), EXACT("exact"), PREFIX("prefix"), FUZZY("fuzzy");

        private final String value;

        MatchType(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }
    }

    /** Whether the matched name is the preferred term or a synonym. */
    public enum TermType {
        PREFERRED_TERM("preferredTerm"), SYNONYM("synonym");

        private final String value;

        TermType(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }
    }
}
