package nl.ecza.registry.nomenclature.search;

/**
 * A condition found by a query, with the term that matched best, how it matched and how well within its tier
 * (the sum of per-word match quality; comparable only between hits of the same query and tier).
 */
public record SearchHit(int orphaCode, MatchType matchType, IndexedTerm term, float score) {

    /** From best to weakest; results are ordered by this first. */
    public enum MatchType {
        /** The query is the ORPHAcode. */
        ORPHA_CODE,
        /** The query has exactly the words of a name, in any order. */
        EXACT,
        /** Every query word starts a word of a name (autocomplete). */
        PREFIX,
        /** Every query word is close to a word of a name: a typo, a plural, an inflection. */
        FUZZY
    }
}
