package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalInt;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import nl.ecza.registry.common.cache.Memo;
import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.OrphaCodes;
import nl.ecza.registry.nomenclature.search.SearchHit.MatchType;

/**
 * An immutable in-memory Lucene index of every name and synonym of every condition, English and Dutch.
 * A query runs in tiers - ORPHAcode, exact, prefix, fuzzy - and each condition is reported once, at the
 * best tier any of its names reached. Within a tier: active before inactive, names that begin with the typed
 * text before names that merely contain its words (autocomplete), better-matching words first, then shorter
 * names (fewer words the user did not type), preferred terms before synonyms, then code. When no tier finds
 * anything, a query of several words is tried once more with one word allowed to match nothing (fuzzy).
 */
public final class ConditionSearchIndex {

    static final String EXACT = "exact";
    static final String EXACT_SPELLING = "exact_spelling";
    static final String TERM = "term";

    private final IndexSearcher searcher;
    private final List<IndexedTerm> terms;
    private final Map<Integer, IndexedTerm> preferredEnglish;
    /** Per term, its folded words in order, joined by a space: as written and as spelling-variant keys. */
    private final String[] starts;
    private final String[] spellingStarts;
    /** Results per query text; the index never changes, so an entry stays right for the snapshot's lifetime. */
    private final Memo<String, List<SearchHit>> results;

    private ConditionSearchIndex(IndexSearcher searcher, List<IndexedTerm> terms, Map<Integer, IndexedTerm> preferredEnglish,
            String[] starts, String[] spellingStarts, int cachedQueries) {
        this.results = Memo.entries(cachedQueries);
        this.searcher = searcher;
        this.terms = terms;
        this.preferredEnglish = preferredEnglish;
        this.starts = starts;
        this.spellingStarts = spellingStarts;
    }

    public static ConditionSearchIndex build(Collection<ConditionRecord> conditions, int cachedQueries) {
        List<IndexedTerm> terms = new ArrayList<>();
        Map<Integer, IndexedTerm> preferred = new HashMap<>();
        for (ConditionRecord c : conditions) {
            boolean active = c.status().isActive();
            preferred.put(c.orphaCode(), add(terms, c.orphaCode(), c.nameEn(), Language.EN, IndexedTerm.Kind.PREFERRED_TERM, active));
            if (c.nameNl() != null) {
                add(terms, c.orphaCode(), c.nameNl(), Language.NL, IndexedTerm.Kind.PREFERRED_TERM, active);
            }
            c.synonymsEn().forEach(s -> add(terms, c.orphaCode(), s, Language.EN, IndexedTerm.Kind.SYNONYM, active));
            c.synonymsNl().forEach(s -> add(terms, c.orphaCode(), s, Language.NL, IndexedTerm.Kind.SYNONYM, active));
        }
        String[] starts = new String[terms.size()];
        String[] spellingStarts = new String[terms.size()];
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.perField()).setSimilarity(new BooleanSimilarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < terms.size(); i++) {
                List<String> tokens = TextAnalysis.tokens(terms.get(i).text());
                List<String> spelling = tokens.stream().map(TextAnalysis::spelling).toList();
                starts[i] = String.join(" ", tokens);
                spellingStarts[i] = String.join(" ", spelling);
                writer.addDocument(document(i, terms.get(i), tokens, spelling));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BooleanSimilarity());
            return new ConditionSearchIndex(searcher, List.copyOf(terms), Map.copyOf(preferred), starts, spellingStarts, cachedQueries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int termCount() {
        return terms.size();
    }

    /** Every condition matching {@code query}, best first. */
    public List<SearchHit> search(String query) {
        return results.get(query.trim().toLowerCase(Locale.ROOT), this::compute);
    }

    private List<SearchHit> compute(String query) {
        Map<Integer, Candidate> best = new HashMap<>();
        OptionalInt code = OrphaCodes.tryParse(query);
        if (code.isPresent() && preferredEnglish.containsKey(code.getAsInt())) {
            best.put(code.getAsInt(), new Candidate(MatchType.ORPHA_CODE, true, Float.MAX_VALUE, preferredEnglish.get(code.getAsInt())));
        }
        List<String> tokens = TextAnalysis.tokens(query);
        if (!tokens.isEmpty()) {
            List<String> spelling = tokens.stream().map(TextAnalysis::spelling).toList();
            Start start = new Start(String.join(" ", tokens), String.join(" ", spelling));
            collect(best, MatchType.EXACT, SearchQueries.exact(tokens, spelling), start);
            collect(best, MatchType.PREFIX, SearchQueries.prefix(tokens, spelling), start);
            collect(best, MatchType.FUZZY, SearchQueries.fuzzy(tokens, spelling, 0, this::known), start);
            if (best.isEmpty() && SearchQueries.requiredWords(tokens) > 1) {
                collect(best, MatchType.FUZZY, SearchQueries.fuzzy(tokens, spelling, 1, this::known), start);
            }
        }
        return best.values().stream().sorted(Candidate.ORDER)
                .map(c -> new SearchHit(c.term.orphaCode(), c.matchType, c.term, c.score)).toList();
    }

    private boolean known(String word, String spelling) {
        try {
            return searcher.getIndexReader().docFreq(new Term(TextAnalysis.TEXT, word)) > 0
                    || searcher.getIndexReader().docFreq(new Term(TextAnalysis.SPELLING, spelling)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The typed text as the start of a name ("phrase prefix"): its folded words, as typed and as spelling keys. */
    private record Start(String typed, String spelling) {
    }

    private boolean startsWith(int termIndex, Start start) {
        return starts[termIndex].startsWith(start.typed()) || spellingStarts[termIndex].startsWith(start.spelling());
    }

    private void collect(Map<Integer, Candidate> best, MatchType tier, Query query, Start start) {
        try {
            for (AllHitsCollector.ScoredDoc hit : searcher.search(query, new AllHitsCollector.Manager())) {
                IndexedTerm term = terms.get(hit.termIndex());
                Candidate candidate = new Candidate(tier, startsWith(hit.termIndex(), start), hit.score(), term);
                best.merge(term.orphaCode(), candidate, (a, b) -> Candidate.ORDER.compare(a, b) <= 0 ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexedTerm add(List<IndexedTerm> terms, int code, String text, Language language, IndexedTerm.Kind kind,
            boolean active) {
        IndexedTerm term = new IndexedTerm(code, text, language, kind, TextAnalysis.tokens(text).size(), active);
        terms.add(term);
        return term;
    }

    private static Document document(int index, IndexedTerm term, List<String> tokens, List<String> spelling) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(TERM, index));
        doc.add(new TextField(TextAnalysis.TEXT, term.text(), Field.Store.NO));
        doc.add(new TextField(term.language() == Language.NL ? TextAnalysis.STEM_NL : TextAnalysis.STEM_EN, term.text(), Field.Store.NO));
        doc.add(new TextField(TextAnalysis.SPELLING, term.text(), Field.Store.NO));
        doc.add(new StringField(EXACT, SearchQueries.exactKey(tokens), Field.Store.NO));
        doc.add(new StringField(EXACT_SPELLING, SearchQueries.exactKey(spelling), Field.Store.NO));
        return doc;
    }

    private record Candidate(MatchType matchType, boolean startsWith, float score, IndexedTerm term) {
        static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::matchType)
                .thenComparing(c -> !c.term.active())
                .thenComparing(c -> !c.startsWith)
                .thenComparing(Candidate::score, Comparator.reverseOrder())
                .thenComparingInt(c -> c.term.tokenCount())
                .thenComparing(c -> c.term.kind())
                .thenComparingInt(c -> c.term.orphaCode())
                .thenComparing(c -> c.term.text());
    }
}
