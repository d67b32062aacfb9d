package nl.ecza.registry.nomenclature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a search result matched: how, and on which name. */
@Schema(description = "Why a search result matched: how, and on which of the condition's names.")
public record Match(
        @Schema(description = "orphaCode: the query is the code; exact: all words of a name, in any order (British or "
                + "American spelling); prefix: every word starts a word of a name; fuzzy: close to a name (typo, plural, "
                + "inflection, or one word of several not found).", required = true)
        MatchType type,
        @Schema(description = "The name that matched.", required = true, examples = "Marfan syndrome") String term,
        @Schema(description = "Language of that name.", required = true, examples = "en") String language,
        @Schema(required = true) TermType termType) {

    /** How a result matched, best first. */
    public enum MatchType {
        ORPHA_CODE("orphaCode"), EXACT("exact"), PREFIX("prefix"), FUZZY("fuzzy");

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
