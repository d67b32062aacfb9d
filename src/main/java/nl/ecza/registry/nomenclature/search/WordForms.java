package nl.ecza.registry.nomenclature.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The forms of a name's words that a typed word is looked up by, each term held once per name with the score of its
 * best form as its frequency, in hundredths: in {@value TextAnalysis#WORD} the whole word (1.0) and its leading parts
 * (0.9), in {@value TextAnalysis#WORD_SPELLING} its spelling-variant key (0.95) and the key's leading parts (0.85). A
 * typed word is then one term lookup and one scorer per field, where four fields (one per form) took up to four of
 * each - what a search of distinct queries spends most of its time on. The scores are those the forms had as boosts.
 */
final class WordForms {

    static final int WHOLE = 100;
    static final int START = 90;
    static final int SPELLING = 95;
    static final int SPELLING_START = 85;

    private static final Set<String> FIELDS = Set.of(TextAnalysis.WORD, TextAnalysis.WORD_SPELLING,
            TextAnalysis.WORD_EITHER);

    /** Term frequencies of their own need the frequencies only: no positions, no norms. */
    private static final FieldType FORMS = TextAnalysis.analysed(IndexOptions.DOCS_AND_FREQS);

    private WordForms() {
    }

    /** The words as written (folded): whole, and their leading parts of 1 to {@value TextAnalysis#MAX_PREFIX}. */
    static Field typed(List<String> words) {
        return new Field(TextAnalysis.WORD, new Forms(forms(words, WHOLE, START)), FORMS);
    }

    /** The words' spelling-variant keys: whole, and their leading parts. */
    static Field spelled(List<String> keys) {
        return new Field(TextAnalysis.WORD_SPELLING, new Forms(forms(keys, SPELLING, SPELLING_START)), FORMS);
    }

    /**
     * Both of the above in one field, each term at its best score: a typed word that is its own spelling-variant key
     * (most are) is one term lookup and one scorer, not two.
     */
    static Field either(List<String> words, List<String> keys) {
        Map<String, Integer> forms = forms(words, WHOLE, START);
        forms(keys, SPELLING, SPELLING_START).forEach((form, score) -> forms.merge(form, score, Math::max));
        return new Field(TextAnalysis.WORD_EITHER, new Forms(forms), FORMS);
    }

    /** Each term once, at the best score it has in the name (a term counted twice would add its frequencies). */
    static Map<String, Integer> forms(List<String> words, int whole, int start) {
        Map<String, Integer> forms = new LinkedHashMap<>();
        for (String word : words) {
            int letters = Math.min(TextAnalysis.MAX_PREFIX, word.codePointCount(0, word.length()));
            for (int i = 1; i <= letters; i++) {
                forms.merge(word.substring(0, word.offsetByCodePoints(0, i)), start, Math::max);
            }
            forms.merge(word, whole, Math::max);
        }
        return forms;
    }

    /** The searcher's scores: a form by its frequency, other fields as a match or not ({@link BooleanSimilarity}). */
    static Similarity similarity() {
        Similarity matched = new BooleanSimilarity();
        Similarity forms = new FormScore();
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return FIELDS.contains(field) ? forms : matched;
            }
        };
    }

    /** Frequency in hundredths, times the query's boost; 90 / 100f is the very float 0.9f. */
    private static final class FormScore extends Similarity {
        @Override
        public long computeNorm(FieldInvertState state) {
            return 1;
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return boost * (freq / 100f);
                }
            };
        }
    }

    /** The forms as tokens, each with its score as its frequency. */
    private static final class Forms extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final Map<String, Integer> forms;
        private Iterator<Map.Entry<String, Integer>> next;

        Forms(Map<String, Integer> forms) {
            this.forms = forms;
        }

        @Override
        public void reset() {
            next = forms.entrySet().iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!next.hasNext()) {
                return false;
            }
            clearAttributes();
            Map.Entry<String, Integer> form = next.next();
            term.setEmpty().append(form.getKey());
            frequency.setTermFrequency(form.getValue());
            return true;
        }
    }
}
