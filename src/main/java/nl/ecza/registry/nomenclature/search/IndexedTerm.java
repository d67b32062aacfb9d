package nl.ecza.registry.nomenclature.search;

import nl.ecza.registry.common.language.Language;

/** One searchable name of a condition: its preferred term or a synonym, in one language. */
public record IndexedTerm(int orphaCode, String text, Language language, Kind kind, int tokenCount, boolean active) {

    public enum Kind {
        PREFERRED_TERM, SYNONYM
    }
}
