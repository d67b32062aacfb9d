package nl.ecza.registry.nomenclature.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The Lucene queries behind each tier. A word scores by how it matched (whole word 1.0, stem or spelling variant
 * 0.95, prefix 0.9, prefix of a spelling variant 0.85, typo: Lucene's edit-distance similarity): the form's score
 * kept in the index ({@link WordForms}) or a boost over BooleanSimilarity, never term statistics: ranking stays
 * explainable and stable across nomenclature releases. Each query word comes as typed (folded) and as its
 * spelling-variant key ({@link SpellingVariants}); the two lists are parallel.
 */
final class SearchQueries {

    private static final float STEM = 0.95f;
    private static final float PREFIX = WordForms.START / 100f;
    private static final float SPELLING = WordForms.SPELLING / 100f;
    private static final float SPELLING_PREFIX = WordForms.SPELLING_START / 100f;
    /** Lucene's default: the closest words of the index a typo is read as. */
    static final int MAX_EXPANSIONS = 50;

    /**
     * Words people add around a disease name ("ziekte van Pompe", "Huntington's disease") that the Orphanet
     * term may not contain, or contain in another language or inside a compound (glycogeenstapelingsziekte).
     * They count when present but are not required - unless the query has nothing else.
     */
    static final Set<String> OPTIONAL_WORDS = Set.of(
            "van", "de", "het", "een", "en", "of", "met", "door", "bij", "in", "op", "voor", "ziekte", "syndroom",
            "aandoening", "aandoeningen", "the", "and", "with", "due", "to", "a", "an", "disease",
            "diseases", "syndrome", "disorder", "disorders");

    private SearchQueries() {
    }

    /** Word order does not matter: the key of a name is its sorted, folded words. */
    static String exactKey(List<String> tokens) {
        return String.join(" ", tokens.stream().sorted().toList());
    }

    /** Every word as a whole word or the start of one, as typed or as a spelling variant. */
    static Query prefix(List<String> tokens, List<String> spelling, Lookups index) {
        return allWords(tokens, 0, i -> asTypedOrStarting(tokens.get(i), spelling.get(i), index));
    }

    /** What the queries look up in the index itself while they are built. */
    interface Lookups {
        /** The term as a query (matching nothing when no name has it). */
        Query term(String field, String text);

        /** Whether a word occurs in some name, as typed or as a spelling variant. */
        boolean known(String word, String spelling);

        /** The words within {@code maxEdits} of a typo ({@link TypoCandidates}). */
        Query typos(String word, int maxEdits, int keptLetters);

        /** Any term of the field that starts with {@code prefix}, at a constant score. */
        Query startingWith(String field, String prefix);
    }

    /**
     * A word as typed and as its spelling-variant key: each one term of its field of word forms ({@link WordForms}),
     * which scores the whole word and its leading parts; one term of the field of both when the word is its own key.
     * A fragment longer than the leading parts kept is read from the words that start with it (few are that long).
     */
    private static List<Query> asTypedOrStarting(String token, String spelling, Lookups index) {
        List<Query> forms = new ArrayList<>(4);
        if (token.length() <= TextAnalysis.MAX_PREFIX && spelling.equals(token)) {
            forms.add(index.term(TextAnalysis.WORD_EITHER, token));
            return forms;
        }
        if (token.length() <= TextAnalysis.MAX_PREFIX) {
            forms.add(index.term(TextAnalysis.WORD, token));
        } else {
            forms.add(index.term(TextAnalysis.TEXT, token));
            forms.add(new BoostQuery(index.startingWith(TextAnalysis.TEXT, token), PREFIX));
        }
        if (spelling.length() <= TextAnalysis.MAX_PREFIX) {
            forms.add(index.term(TextAnalysis.WORD_SPELLING, spelling));
        } else {
            forms.add(new BoostQuery(index.term(TextAnalysis.SPELLING, spelling), SPELLING));
            forms.add(new BoostQuery(index.startingWith(TextAnalysis.SPELLING, spelling), SPELLING_PREFIX));
        }
        return forms;
    }

    /**
     * Typo tolerance for the words the index does not know: a word that occurs in some name (as typed or as
     * a spelling variant) is taken as spelled on purpose (as a spelling checker does), which also spares
     * looking up its typo candidates. With {@code missing} 1, one required word of two or more may match
     * nothing at all: the query of which one word is garbled beyond repair. At most {@code edits} edits per word, and
     * at most {@value #MAX_EXPANSIONS} words of the index per typo, as Lucene's FuzzyQuery reads it
     * ({@link TypoCandidates}). With {@code keptLetters} 1 the first letter is taken as typed, which limits the words
     * visited to those starting with it.
     */
    static Query fuzzy(List<String> tokens, List<String> spelling, int missing, int edits, int keptLetters,
            Lookups index) {
        return allWords(tokens, missing, i -> {
            String token = tokens.get(i);
            List<Query> alternatives = new ArrayList<>(asTypedOrStarting(token, spelling.get(i), index));
            alternatives.add(new BoostQuery(
                    index.term(TextAnalysis.STEM_EN, TextAnalysis.stemEnglish(token)), STEM));
            alternatives.add(new BoostQuery(
                    index.term(TextAnalysis.STEM_NL, TextAnalysis.stemDutch(token)), STEM));
            int maxEdits = Math.min(edits, maxEdits(token));
            if (maxEdits > 0 && !index.known(token, spelling.get(i))) {
                alternatives.add(index.typos(token, maxEdits, keptLetters));
            }
            return alternatives;
        });
    }

    /** The number of words a name must match: the query's words but those people add around a name. */
    static int requiredWords(List<String> tokens) {
        long required = tokens.stream().filter(t -> !OPTIONAL_WORDS.contains(t)).count();
        return Math.toIntExact(required == 0 ? tokens.size() : required);
    }

    /**
     * Every word must match one of its alternatives (the best one scores), optional words only may; with
     * {@code missing} > 0, that many required words may match nothing.
     */
    private static Query allWords(List<String> tokens, int missing, IntFunction<List<Query>> alternatives) {
        boolean onlyOptional = tokens.stream().allMatch(OPTIONAL_WORDS::contains);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        int requiredCount = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Query word = bestOf(alternatives.apply(i));
            if (onlyOptional || !OPTIONAL_WORDS.contains(tokens.get(i))) {
                requiredCount++;
                if (matchesNothing(word) && missing == 0) {
                    return word;
                }
                required.add(word, missing > 0 ? Occur.SHOULD : Occur.MUST);
            } else if (!matchesNothing(word)) {
                all.add(word, Occur.SHOULD);
            }
        }
        if (missing > 0) {
            required.setMinimumNumberShouldMatch(Math.max(1, requiredCount - missing));
        }
        all.add(required.build(), Occur.MUST);
        return all.build();
    }

    /**
     * The best-scoring of the alternatives, leaving out those no name has: the query is built as small as it can be,
     * since Lucene rewrites it and opens a scorer for every clause on every search.
     */
    static Query bestOf(List<Query> alternatives) {
        List<Query> possible = alternatives.stream().filter(q -> !matchesNothing(q)).toList();
        return possible.isEmpty() ? new MatchNoDocsQuery()
                : possible.size() == 1 ? possible.get(0) : new DisjunctionMaxQuery(possible, 0f);
    }

    /** A query for a term no name has (or only of such terms). */
    static boolean matchesNothing(Query query) {
        if (query instanceof BoostQuery boosted) {
            return matchesNothing(boosted.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return matchesNothing(constant.getQuery());
        }
        return query instanceof MatchNoDocsQuery || query instanceof BooleanQuery any && any.clauses().isEmpty();
    }

    /** Lucene's usual "AUTO" fuzziness: none for one or two characters, one edit up to five, two beyond. */
    static int maxEdits(String token) {
        int length = token.codePointCount(0, token.length());
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }
}
