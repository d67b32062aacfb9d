package nl.ecza.registry.nomenclature.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene queries behind each tier. Scores come from BooleanSimilarity, so a word scores by how it
 * matched (whole word 1.0, stem 0.95, prefix 0.9, typo: Lucene's edit-distance similarity) and never by
 * term statistics: ranking stays explainable and stable across nomenclature releases.
 */
final class SearchQueries {

    private static final float STEM = 0.95f;
    private static final float PREFIX = 0.9f;

    /**
     * Words people add around a disease name ("ziekte van Pompe", "Huntington's disease") that the Orphanet
     * term may not contain, or contain in another language or inside a compound (glycogeenstapelingsziekte).
     * They count when present but are not required - unless the query has nothing else.
     */
    static final Set<String> OPTIONAL_WORDS = Set.of(
            "van", "de", "het", "een", "en", "of", "met", "door", "bij", "in", "op", "voor", "ziekte", "syndroom",
            "aandoening", "aandoeningen", "the", "and", "with", "due", "to", "a", "an", "disease", "diseases", "syndrome",
            "disorder", "disorders");

    private SearchQueries() {
    }

    /** Word order does not matter: the key of a name is its sorted, folded words. */
    static String exactKey(List<String> tokens) {
        return String.join(" ", tokens.stream().sorted().toList());
    }

    static Query exact(List<String> tokens) {
        return new TermQuery(new Term(ConditionSearchIndex.EXACT, exactKey(tokens)));
    }

    static Query prefix(List<String> tokens) {
        return allWords(tokens, token -> List.of(
                whole(token),
                new BoostQuery(new PrefixQuery(new Term(TextAnalysis.TEXT, token)), PREFIX)));
    }

    /**
     * Typo tolerance for the words the index does not know: a word that occurs in some name is taken as
     * spelled on purpose (as a spelling checker does), which also spares building its Levenshtein automaton.
     */
    static Query fuzzy(List<String> tokens, Predicate<String> knownWord) {
        return allWords(tokens, token -> {
            List<Query> alternatives = new ArrayList<>(List.of(
                    whole(token),
                    new BoostQuery(new PrefixQuery(new Term(TextAnalysis.TEXT, token)), PREFIX),
                    new BoostQuery(new TermQuery(new Term(TextAnalysis.STEM_EN, TextAnalysis.stemEnglish(token))), STEM),
                    new BoostQuery(new TermQuery(new Term(TextAnalysis.STEM_NL, TextAnalysis.stemDutch(token))), STEM)));
            if (!knownWord.test(token)) {
                alternatives.add(new FuzzyQuery(new Term(TextAnalysis.TEXT, token), maxEdits(token)));
            }
            return alternatives;
        });
    }

    /** Every word must match one of its alternatives (the best one scores), optional words only may. */
    private static Query allWords(List<String> tokens, Function<String, List<Query>> alternatives) {
        boolean onlyOptional = tokens.stream().allMatch(OPTIONAL_WORDS::contains);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens) {
            Occur occur = onlyOptional || !OPTIONAL_WORDS.contains(token) ? Occur.MUST : Occur.SHOULD;
            all.add(new DisjunctionMaxQuery(alternatives.apply(token), 0f), occur);
        }
        return all.build();
    }

    private static Query whole(String token) {
        return new TermQuery(new Term(TextAnalysis.TEXT, token));
    }

    /** Lucene's usual "AUTO" fuzziness: none for one or two characters, one edit up to five, two beyond. */
    static int maxEdits(String token) {
        int length = token.codePointCount(0, token.length());
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }
}
