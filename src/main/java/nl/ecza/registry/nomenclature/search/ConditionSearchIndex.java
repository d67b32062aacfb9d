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
 * best tier any of its names reached. Within a tier: active before inactive, better-matching words first,
 * then shorter names (fewer words the user did not type), preferred terms before synonyms, then code.
 */
public final class ConditionSearchIndex {

    static final String EXACT = "exact";
    static final String TERM = "term";

    private final IndexSearcher searcher;
    private final List<IndexedTerm> terms;
    private final Map<Integer, IndexedTerm> preferredEnglish;
    /** Results per query text; the index never changes, so an entry stays right for the snapshot's lifetime. */
    private final Memo<String, List<SearchHit>> results;

    private ConditionSearchIndex(IndexSearcher searcher, List<IndexedTerm> terms, Map<Integer, IndexedTerm> preferredEnglish,
            int cachedQueries) {
        this.results = Memo.entries(cachedQueries);
        this.searcher = searcher;
        this.terms = terms;
        this.preferredEnglish = preferredEnglish;
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
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.perField()).setSimilarity(new BooleanSimilarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < terms.size(); i++) {
                writer.addDocument(document(i, terms.get(i)));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BooleanSimilarity());
            return new ConditionSearchIndex(searcher, List.copyOf(terms), Map.copyOf(preferred), cachedQueries);
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
            best.put(code.getAsInt(), new Candidate(MatchType.ORPHA_CODE, Float.MAX_VALUE, preferredEnglish.get(code.getAsInt())));
        }
        List<String> tokens = TextAnalysis.tokens(query);
        if (!tokens.isEmpty()) {
            collect(best, MatchType.EXACT, SearchQueries.exact(tokens));
            collect(best, MatchType.PREFIX, SearchQueries.prefix(tokens));
            collect(best, MatchType.FUZZY, SearchQueries.fuzzy(tokens, this::known));
        }
        return best.values().stream().sorted(Candidate.ORDER)
                .map(c -> new SearchHit(c.term.orphaCode(), c.matchType, c.term, c.score)).toList();
    }

    private boolean known(String word) {
        try {
            return searcher.getIndexReader().docFreq(new Term(TextAnalysis.TEXT, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(Map<Integer, Candidate> best, MatchType tier, Query query) {
        try {
            for (AllHitsCollector.ScoredDoc hit : searcher.search(query, new AllHitsCollector.Manager())) {
                IndexedTerm term = terms.get(hit.termIndex());
                Candidate candidate = new Candidate(tier, hit.score(), term);
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

    private static Document document(int index, IndexedTerm term) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(TERM, index));
        doc.add(new TextField(TextAnalysis.TEXT, term.text(), Field.Store.NO));
        doc.add(new TextField(term.language() == Language.NL ? TextAnalysis.STEM_NL : TextAnalysis.STEM_EN, term.text(), Field.Store.NO));
        doc.add(new StringField(EXACT, SearchQueries.exactKey(TextAnalysis.tokens(term.text())), Field.Store.NO));
        return doc;
    }

    private record Candidate(MatchType matchType, float score, IndexedTerm term) {
        static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::matchType)
                .thenComparing(c -> !c.term.active())
                .thenComparing(Candidate::score, Comparator.reverseOrder())
                .thenComparingInt(c -> c.term.tokenCount())
                .thenComparing(c -> c.term.kind())
                .thenComparingInt(c -> c.term.orphaCode())
                .thenComparing(c -> c.term.text());
    }
}
