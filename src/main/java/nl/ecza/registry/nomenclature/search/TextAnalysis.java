package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How condition names become search tokens: Unicode word boundaries, "'s" dropped, lower case, accents
 * folded ("Pompe-ziekte", "deficiëntie" = "deficientie"); plus an English and a Dutch stemmed form so that
 * plurals and inflections meet ("tumours" = "tumour", "aandoeningen" = "aandoening"); plus a field where spelling
 * variants meet ({@link SpellingVariants}: "tumour" = "tumor", "haemoglobin" = "hemoglobin",
 * "karcinoom" = "carcinoom").
 */
public final class TextAnalysis {

    public static final String TEXT = "text";
    public static final String STEM_EN = "stem_en";
    public static final String STEM_NL = "stem_nl";
    public static final String SPELLING = "spelling";
    /**
     * Every word and every leading part of it, with the score of that form ({@link WordForms}): a typed word or
     * fragment is one term lookup, not a scan.
     */
    public static final String WORD = "word";
    /** The same of the words' spelling-variant keys. */
    public static final String WORD_SPELLING = "word_spelling";
    /** Both, each term at the best score it has in either: for a typed word that is its own spelling-variant key. */
    public static final String WORD_EITHER = "word_either";
    /** Every leading part of the whole name (its words joined by one space): "names that begin with the typed text". */
    public static final String START = "start";
    public static final String START_SPELLING = "start_spelling";
    /** Longer word fragments are looked up among the words of {@link #TEXT} that start with them: few are that long. */
    static final int MAX_PREFIX = 16;
    /** Longer starts are looked up with a prefix query on the whole names this field also holds. */
    static final int MAX_START = 20;

    private static final Analyzer FOLDING = new FoldingAnalyzer(Stemming.NONE);
    private static final Analyzer ENGLISH = new FoldingAnalyzer(Stemming.ENGLISH);
    private static final Analyzer DUTCH = new FoldingAnalyzer(Stemming.DUTCH);
    private static final Analyzer SPELLING_VARIANTS = new FoldingAnalyzer(Stemming.SPELLING);
    private static final Analyzer NAME_STARTS = new NameStarts();

    private TextAnalysis() {
    }

    /** Index-time analyzer: each field with its own chain. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(FOLDING,
                Map.of(STEM_EN, ENGLISH, STEM_NL, DUTCH, SPELLING, SPELLING_VARIANTS, START, NAME_STARTS,
                        START_SPELLING, NAME_STARTS));
    }

    /** An analysed field, not stored and without norms (no score reads a name's length), indexing {@code options}. */
    static FieldType analysed(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    /** Whether the text has anything to search for: a letter or a digit (cheap; no analysis). */
    public static boolean searchable(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    public static List<String> tokens(String text) {
        return tokens(FOLDING, text);
    }

    /**
     * The words of a query: its tokens but those without a letter or digit (an emoji), which no name has - typed
     * beside a name, such a token made the name required to have it and found nothing.
     */
    public static List<String> queryWords(String text) {
        return tokens(FOLDING, text).stream().filter(TextAnalysis::searchable).toList();
    }

    /** The spelling-variant key of a token of {@link #tokens(String)}: what the {@value #SPELLING} field holds. */
    public static String spelling(String token) {
        return SpellingVariants.normalise(token);
    }

    /** The spelling-variant keys of a text's tokens, in order: a numeral after "type" is a number ("type 2"). */
    public static List<String> spellings(List<String> tokens) {
        return SpellingVariants.normalise(tokens);
    }

    public static String stemEnglish(String token) {
        List<String> t = tokens(ENGLISH, token);
        return t.isEmpty() ? token : t.get(0);
    }

    public static String stemDutch(String token) {
        List<String> t = tokens(DUTCH, token);
        return t.isEmpty() ? token : t.get(0);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory analysis does not do I/O
        }
        return result;
    }

    /**
     * An already folded, space-joined name as one token, with its leading parts of 1 to {@value #MAX_START} characters.
     */
    private static final class NameStarts extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer whole = new KeywordTokenizer();
            return new TokenStreamComponents(whole, new EdgeNGramTokenFilter(whole, 1, MAX_START, true));
        }
    }

    private enum Stemming {
        NONE, ENGLISH, DUTCH,
        /** No stemming, but spelling variants reduced to one form, after folding. */
        SPELLING
    }

    private static final class FoldingAnalyzer extends Analyzer {
        private final Stemming stemming;

        FoldingAnalyzer(Stemming stemming) {
            this.stemming = stemming;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            // Stems are taken of the spelling-variant form, so that "oesophageal" and "esophagitis" share a stem.
            stream = switch (stemming) {
                case NONE, SPELLING -> stream;
                case ENGLISH -> new PorterStemFilter(new SpellingVariants(stream));
                case DUTCH -> new SnowballFilter(new SpellingVariants(stream), new DutchStemmer());
            };
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer,
                    stemming == Stemming.SPELLING ? new SpellingVariants(stream) : stream);
        }
    }
}
