package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

import nl.ecza.registry.common.language.Language;
import nl.ecza.registry.nomenclature.model.ConditionRecord;
import nl.ecza.registry.nomenclature.model.OrphaCodes;
import nl.ecza.registry.nomenclature.search.SearchHit.MatchType;

/**
 * An immutable in-memory Lucene index of every name and synonym of every condition, English and Dutch.
 * A query runs in tiers - ORPHAcode, exact, prefix, fuzzy - and each condition is reported once, at the
 * best tier any of its names reached. Within a tier: active before inactive, names that begin with the typed
 * text before names that merely contain its words (autocomplete), better-matching words first, then shorter
 * names (fewer words the user did not type), preferred terms before synonyms, then code.
 *
 * <p>Built for distinct traffic (every keystroke is a new query): the exact and prefix tiers are one Lucene query
 * whose score carries the order (tier, active, start of the name, word score) and whose words and prefixes are single
 * term lookups in fields of word forms ({@link WordForms}) and name starts; Lucene keeps only the top of the ordering
 * (a page, not every hit). Names of one score come in document order, and documents are numbered in the order of such
 * names ({@link #TIE_ORDER}). The fuzzy tier runs only when the words as typed match no name, cheapest first (see
 * {@link #fuzzyTiers}); when that finds nothing either, a query of several words is tried once more with one word
 * allowed to match nothing.
 */
public final class ConditionSearchIndex {

    static final String EXACT = "exact";
    static final String EXACT_SPELLING = "exact_spelling";
    static final String ACTIVE = "active";
    static final String TERM = "term";
    /** The commit's record of what the index holds and which code built it ({@link StoredIndexKey}). */
    static final String KEY = "ecza.index-key";

    /*
     * The parts of the score, each above the sum of those below: the word score is at most one per query word, and a
     * query of at most 200 characters has at most 100 words. Float keeps steps of 0.05 apart up to these sums.
     */
    private static final float EXACT_NAME = 100_000f;
    private static final float ACTIVE_NAME = 10_000f;
    private static final float STARTS_WITH = 1_000f;

    /** The order of names that share a score: fewer words (less the user did not type), preferred term, code, text. */
    static final Comparator<IndexedTerm> TIE_ORDER = Comparator.comparingInt(IndexedTerm::tokenCount)
            .thenComparing(IndexedTerm::kind).thenComparingInt(IndexedTerm::orphaCode).thenComparing(IndexedTerm::text);

    /**
     * The analysed fields only say whether a name has a term (BooleanSimilarity): no frequencies, positions or norms
     * to store, map and decode.
     */
    private static final FieldType MATCHED = TextAnalysis.analysed(IndexOptions.DOCS);

    private final IndexSearcher searcher;
    private final List<IndexedTerm> terms;
    /** Condition ordinals ascend with the ORPHAcode; a bit set of conditions needs only as many bits as there are. */
    private final int[] codes;
    private final Map<Integer, IndexedTerm> preferredEnglish;
    private final long bytes;
    private final TypoCandidates typos;
    /** The index's one segment (built or kept as one). */
    private final LeafReader leaf;
    /** Per document, the number of its name: read once, as bestOf visits documents in score order. */
    private final int[] termOfDoc;
    /** Per document, the ordinal of its condition (its place in {@link #codes}). */
    private final int[] conditionOfDoc;
    /** Active names score above inactive ones: the names with the term, read once into a bit set, not per request. */
    private final Query activeName;

    private ConditionSearchIndex(IndexSearcher searcher, List<IndexedTerm> terms, int[] codes,
            Map<Integer, IndexedTerm> preferredEnglish, long bytes) {
        this.bytes = bytes;
        this.typos = TypoCandidates.of(searcher.getIndexReader(), TextAnalysis.TEXT);
        this.leaf = searcher.getIndexReader().leaves().get(0).reader();
        this.termOfDoc = termOfDoc(leaf);
        this.conditionOfDoc = new int[termOfDoc.length];
        for (int doc = 0; doc < termOfDoc.length; doc++) {
            conditionOfDoc[doc] = Arrays.binarySearch(codes, terms.get(termOfDoc[doc]).orphaCode());
        }
        this.activeName = new BoostQuery(new ConstantScoreQuery(DocumentSetQuery.of(leaf, new Term(ACTIVE, "1"))),
                ACTIVE_NAME);
        this.searcher = searcher;
        this.terms = terms;
        this.codes = codes;
        this.preferredEnglish = preferredEnglish;
    }

    public static ConditionSearchIndex build(Collection<ConditionRecord> conditions) {
        return open(conditions, null, null);
    }

    /** The files of a built index, kept beside its release so that a restart opens them instead of building again. */
    public record StoredIndex(String key, Map<String, byte[]> files) {
    }

    /**
     * The index of {@code conditions}: opened from {@code stored} when that was built by this code from these very
     * names (its key says so, and Lucene's checks pass), else built, and the built files handed to {@code keep}.
     * Building costs seconds of CPU (tens on one cold core), opening a stored copy a fraction of one.
     */
    public static ConditionSearchIndex open(Collection<ConditionRecord> conditions, StoredIndex stored,
            Consumer<StoredIndex> keep) {
        List<IndexedTerm> terms = new ArrayList<>();
        Map<Integer, IndexedTerm> preferred = new HashMap<>();
        for (ConditionRecord c : conditions) {
            boolean active = c.status().isActive();
            preferred.put(c.orphaCode(),
                    add(terms, c.orphaCode(), c.nameEn(), Language.EN, IndexedTerm.Kind.PREFERRED_TERM, active));
            if (c.nameNl() != null) {
                add(terms, c.orphaCode(), c.nameNl(), Language.NL, IndexedTerm.Kind.PREFERRED_TERM, active);
            }
            c.synonymsEn().forEach(s -> add(terms, c.orphaCode(), s, Language.EN, IndexedTerm.Kind.SYNONYM, active));
            c.synonymsNl().forEach(s -> add(terms, c.orphaCode(), s, Language.NL, IndexedTerm.Kind.SYNONYM, active));
        }
        // Names are numbered, and become documents, in the order of names of one score (fewer words, preferred term,
        // code, text): Lucene breaks ties by document number, so its top-K collector returns them in that order
        // with no sort of its own, and may stop once the page is full (TIE_ORDER).
        terms.sort(TIE_ORDER);
        int[] codes = terms.stream().mapToInt(IndexedTerm::orphaCode).distinct().sorted().toArray();
        String key = StoredIndexKey.of(terms);
        Path files = temporaryDirectory();
        Directory directory = mapped(files);
        DirectoryReader reader = stored != null && key.equals(stored.key())
                ? restore(directory, stored, key, terms.size()) : null;
        if (reader == null) {
            build(directory, terms, key);
            reader = openReader(directory);
            if (keep != null) {
                keep.accept(new StoredIndex(key, readAll(files)));
            }
        }
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            // The reader has mapped every file it reads; unlinked, they stay readable until unmapped and leave
            // nothing behind.
            long bytes = deleteAll(files);
            searcher.setSimilarity(WordForms.similarity());
            // Queries are rewritten per request; caching their filters would only churn memory under distinct traffic.
            searcher.setQueryCache(null);
            return new ConditionSearchIndex(searcher, List.copyOf(terms), codes, Map.copyOf(preferred), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void build(Directory directory, List<IndexedTerm> terms, String key) {
        // One segment from one flush: no merges while building, and forceMerge has nothing left to do.
        IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.perField()).setSimilarity(WordForms.similarity())
                .setRAMBufferSizeMB(512).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < terms.size(); i++) {
                writer.addDocument(document(i, terms.get(i)));
            }
            writer.forceMerge(1);
            writer.setLiveCommitData(Map.of(KEY, key).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored copy, if Lucene reads it whole and it says it holds these names; else null (and it is built again). */
    private static DirectoryReader restore(Directory directory, StoredIndex stored, String key, int names) {
        try {
            for (Map.Entry<String, byte[]> file : stored.files().entrySet()) {
                try (IndexOutput out = directory.createOutput(file.getKey(), IOContext.DEFAULT)) {
                    out.writeBytes(file.getValue(), file.getValue().length);
                }
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            if (key.equals(reader.getIndexCommit().getUserData().get(KEY)) && reader.numDocs() == names
                    && reader.leaves().size() == 1) {
                return reader;
            }
            reader.close();
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign copy is no reason not to start: the index is built from the names instead.
        }
        try {
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private static Directory mapped(Path files) {
        try {
            return new MMapDirectory(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DirectoryReader openReader(Directory directory) {
        try {
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> readAll(Path directory) {
        Map<String, byte[]> files = new TreeMap<>();
        try (var list = Files.list(directory)) {
            for (Path file : list.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The index lives in memory-mapped files: off the heap, and a term lookup clones a mapped buffer (cheap) where an
     * on-heap directory copies its buffer list per clone (measured as the top Lucene cost under distinct queries).
     */
    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ecza-condition-index-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long deleteAll(Path directory) throws IOException {
        long bytes = 0;
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                bytes += Files.size(file);
                Files.delete(file);
            }
        }
        Files.delete(directory);
        return bytes;
    }

    public int termCount() {
        return terms.size();
    }

    /** The size of the index files (mapped, off the heap). */
    public long bytes() {
        return bytes;
    }

    /**
     * One page of a search: the conditions at ranks {@code offset} to {@code offset + limit}, and how many there are.
     */
    public record Page(List<SearchHit> hits, int total) {
    }

    /** Every condition matching {@code query} that {@code accept}s its ORPHAcode, best first: one page of them. */
    public Page search(String query, IntPredicate accept, long offset, int limit) {
        String text = query.trim().toLowerCase(Locale.ROOT);
        SearchHit byCode = byCode(text);
        if (byCode != null && !accept.test(byCode.orphaCode())) {
            byCode = null;
        }
        int skipCode = byCode == null ? -1 : byCode.orphaCode();
        long wanted = Math.min(Integer.MAX_VALUE, offset + limit);
        List<String> tokens = TextAnalysis.queryWords(text);
        // A code found as typed is what was meant: its letters ("orpha") are not read as a typo of some name's word.
        Ranked ranked = tokens.isEmpty() ? Ranked.NONE
                : ranked(new Words(tokens), accept, skipCode, (int) wanted, byCode == null);
        List<SearchHit> all = new ArrayList<>();
        if (byCode != null) {
            all.add(byCode);
        }
        all.addAll(ranked.hits());
        int total = all.size() - ranked.hits().size() + ranked.total();
        if (offset >= all.size()) {
            return new Page(List.of(), total);
        }
        return new Page(List.copyOf(all.subList((int) offset, (int) Math.min(all.size(), offset + limit))), total);
    }

    /**
     * The conditions that match the text best, at most {@code max}: the best tier reached (exact names before prefixes
     * before typos), active names if any, and within those the best word score - "marfan" means the conditions with the
     * word Marfan, not every one with a word starting with it ("marfanoid"). In search order: names that begin with the
     * text first - and those at their own best words even when a name that does not begin with the text has more of
     * its words whole ("hereditary or": Hereditary orotic aciduria first, as the user is still typing). Lucene stops
     * collecting once the best score is passed.
     */
    public List<SearchHit> best(String query, int max) {
        String text = query.trim().toLowerCase(Locale.ROOT);
        SearchHit byCode = byCode(text);
        if (byCode != null) {
            return List.of(byCode);
        }
        List<String> tokens = TextAnalysis.queryWords(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Words words = new Words(tokens);
        List<SearchHit> best = bestOf(SearchQueries.prefix(words.typed, words.spelling, words), words, max, null);
        for (Words other : best.isEmpty() ? words.compoundsOtherwise() : List.<Words>of()) {
            best = bestOf(SearchQueries.prefix(other.typed, other.spelling, other), other, max, null);
            if (!best.isEmpty()) {
                break;
            }
        }
        // The typo tiers look words up in fields of their own: only when the words as typed found nothing.
        for (Supplier<Query> fuzzy : best.isEmpty() ? fuzzyTiers(words) : List.<Supplier<Query>>of()) {
            if (!best.isEmpty()) {
                break;
            }
            best = bestOf(fuzzy.get(), words, max, MatchType.FUZZY);
        }
        return best;
    }

    private SearchHit byCode(String text) {
        OptionalInt code = OrphaCodes.tryParse(text);
        if (code.isPresent() && preferredEnglish.containsKey(code.getAsInt())) {
            return new SearchHit(code.getAsInt(), MatchType.ORPHA_CODE, preferredEnglish.get(code.getAsInt()),
                    Float.MAX_VALUE);
        }
        return null;
    }

    /**
     * The query's words as typed (folded) and as spelling-variant keys, and both joined as the start of a name; and the
     * index's terms this one request looks up, each once (the tiers ask for the same words again), through one terms
     * enumeration per field: a term lookup in a fresh enumeration costs more than the query's scoring.
     */
    private final class Words implements SearchQueries.Lookups {
        final List<String> typed;
        final List<String> spelling;
        final String typedStart;
        final String spellingStart;
        private final Map<String, TermsEnum> enumerations = new HashMap<>();
        /** Per field, per term text: where the term is in the index, null when no name has it. */
        private final Map<String, Map<String, TermStates>> found = new HashMap<>();
        /** Per word that no name has, its two nearest words in the typo tier built last ({@link #typos}). */
        private final Map<String, List<String>> nearest = new HashMap<>();

        Words(List<String> typed) {
            this.typed = typed;
            this.spelling = TextAnalysis.spellings(typed);
            this.typedStart = String.join(" ", typed);
            this.spellingStart = String.join(" ", spelling);
        }

        /**
         * For a typo tier, once its query is built: the names that begin with the typed words, or with them as
         * corrected - each word that no name has replaced by one of its two nearest words in that tier ("heerditary
         * or" begins Hereditary orotic aciduria, ahead of "Pure or complex hereditary spastic paraplegia"). At most two
         * words are corrected (four starts); the tier's own candidates, so no search for words is added.
         */
        Query correctedStartOfName() {
            List<List<String>> options = new ArrayList<>();
            int corrected = 0;
            for (String word : typed) {
                List<String> near = nearest.getOrDefault(word, List.of());
                corrected += near.isEmpty() ? 0 : 1;
                options.add(near.isEmpty() ? List.of(word) : near);
            }
            List<Query> starts = new ArrayList<>(List.of(startOfName(this)));
            if (corrected > 0 && corrected <= 2) {
                List<String> phrases = List.of("");
                for (List<String> option : options) {
                    List<String> longer = new ArrayList<>();
                    for (String phrase : phrases) {
                        option.forEach(w -> longer.add(phrase.isEmpty() ? w : phrase + " " + w));
                    }
                    phrases = longer;
                }
                phrases.forEach(p -> starts.add(startQuery(this, TextAnalysis.START, p)));
            }
            return SearchQueries.bestOf(starts);
        }

        /**
         * The words with their Dutch compounds written the other way, as names have them: split when the query has a
         * compound that no name has, joined when it has apart what names write as one ("kiemcel tumor" for
         * "Kiemceltumor"). Asked only when the words as typed found nothing; typos come after, of the words as typed.
         */
        List<Words> compoundsOtherwise() {
            List<Words> other = new ArrayList<>(2);
            Words split = decompounded();
            if (split != null) {
                other.add(split);
            }
            Words joined = joined();
            if (joined != null) {
                other.add(joined);
            }
            return other;
        }

        /**
         * The words with each two neighbours that some name has as one word joined, with or without a linking s
         * (the last two: into the start of a word, as it is being typed). Null when no two join.
         */
        private Words joined() {
            List<String> words = new ArrayList<>(typed.size());
            boolean joinedAny = false;
            for (int i = 0; i < typed.size(); i++) {
                String joint = i + 1 < typed.size() ? joint(typed.get(i), typed.get(i + 1), i + 2 == typed.size())
                        : null;
                words.add(joint != null ? joint : typed.get(i));
                joinedAny |= joint != null;
                i += joint != null ? 1 : 0;
            }
            return joinedAny ? new Words(words) : null;
        }

        private String joint(String first, String second, boolean last) {
            if (first.length() < MIN_PART || second.length() < MIN_PART
                    || !(first + second).chars().allMatch(Character::isLetter)) {
                return null;
            }
            for (String joint : List.of(first + second, first + "s" + second)) {
                if (last ? startsSomeWord(joint) : isWord(joint)) {
                    return joint;
                }
            }
            return null;
        }

        /**
         * The words with each compound that no name has split into two words that names do have: Dutch writes
         * "turnersyndroom" and "stapelingsziekte" as one word where Orphanet's names have "Syndroom van Turner" or
         * "Turner-syndroom". The second part is the longest ending that is a word of some name (Dutch compounds end
         * in their head noun; while the last word is being typed, the start of one); the first part is a word too,
         * after a linking s, or is split again. Null when no word splits. Only asked when the words as typed found
         * nothing: the parts as words (exact, prefix) come before typos of the words as typed, and typos of the parts
         * are not tried (a misspelled word is more often a typo than a compound).
         */
        private Words decompounded() {
            List<String> parts = new ArrayList<>();
            boolean split = false;
            for (int i = 0; i < typed.size(); i++) {
                String word = typed.get(i);
                boolean last = i == typed.size() - 1;
                List<String> compound = word.length() >= MIN_COMPOUND && word.length() <= MAX_COMPOUND
                        && word.chars().allMatch(Character::isLetter)
                        && !known(word, spelling.get(i)) && !(last && startsSomeWord(word))
                        ? compound(word, last, 0) : null;
                split |= compound != null;
                parts.addAll(compound != null ? compound : List.of(word));
            }
            return split ? new Words(parts) : null;
        }

        private List<String> compound(String word, boolean last, int depth) {
            for (int head = MIN_PART; word.length() - head >= MIN_TAIL; head++) {
                String tail = word.substring(head);
                if (!(last ? startsSomeWord(tail) : isWord(tail))) {
                    continue;
                }
                String first = word.substring(0, head);
                List<String> front = part(first, depth);
                if (front == null && first.endsWith("s") && first.length() > MIN_PART) {
                    front = part(first.substring(0, first.length() - 1), depth);
                }
                if (front != null) {
                    List<String> parts = new ArrayList<>(front);
                    parts.add(tail);
                    return parts;
                }
            }
            return null;
        }

        /** A word as it is, or split again (once): null when it is neither. */
        private List<String> part(String word, int depth) {
            if (isWord(word)) {
                return List.of(word);
            }
            return depth == 0 && word.length() >= MIN_COMPOUND ? compound(word, false, depth + 1) : null;
        }

        /** Whether some name has the word, as typed or in another spelling: one lookup, as each has its key. */
        private boolean isWord(String text) {
            return states(TextAnalysis.SPELLING, TextAnalysis.spelling(text)) != null;
        }

        /** Whether some name has a word that starts with the text (or is it). */
        private boolean startsSomeWord(String text) {
            try {
                TermsEnum enumeration = enumeration(TextAnalysis.TEXT);
                BytesRef start = new BytesRef(text);
                return enumeration != null && enumeration.seekCeil(start) != TermsEnum.SeekStatus.END
                        && StringHelper.startsWith(enumeration.term(), start);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Where the term is in the index, or null when no name has it. */
        private TermStates states(String field, String text) {
            Map<String, TermStates> inField = found.computeIfAbsent(field, f -> new HashMap<>());
            TermStates states = inField.get(text);
            if (states != null || inField.containsKey(text)) {
                return states;
            }
            try {
                TermsEnum enumeration = enumeration(field);
                BytesRef term = new BytesRef(text);
                states = enumeration != null && enumeration.seekExact(term) ? statesAt(enumeration) : null;
                inField.put(text, states);
                return states;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private TermsEnum enumeration(String field) throws IOException {
            TermsEnum enumeration = enumerations.get(field);
            if (enumeration == null && !enumerations.containsKey(field)) {
                Terms terms = leaf.terms(field);
                enumeration = terms == null ? null : terms.iterator();
                enumerations.put(field, enumeration);
            }
            return enumeration;
        }

        @Override
        public Query term(String field, String text) {
            TermStates states = states(field, text);
            return states == null ? new MatchNoDocsQuery() : new TermQuery(new Term(field, text), states);
        }

        @Override
        public boolean known(String word, String spelling) {
            return states(TextAnalysis.TEXT, word) != null || states(TextAnalysis.SPELLING, spelling) != null;
        }

        @Override
        public Query typos(String word, int maxEdits, int keptLetters) {
            List<TypoCandidates.Candidate> candidates = typos.candidates(word, maxEdits, keptLetters);
            nearest.put(word, typos.nearest(candidates, 2));
            return typos.query(candidates, w -> term(TextAnalysis.TEXT, w));
        }

        /**
         * The terms starting with a long prefix, read from the term dictionary: few words or whole names are that
         * long, and a PrefixQuery would build an automaton for them on every request. Beyond {@value #MAX_STARTING}
         * terms it is one after all.
         */
        @Override
        public Query startingWith(String field, String prefix) {
            try {
                TermsEnum enumeration = enumeration(field);
                BytesRef start = new BytesRef(prefix);
                if (enumeration == null || enumeration.seekCeil(start) == TermsEnum.SeekStatus.END) {
                    return new MatchNoDocsQuery();
                }
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                int count = 0;
                for (BytesRef term = enumeration.term(); term != null && StringHelper.startsWith(term, start);
                        term = enumeration.next()) {
                    if (++count > MAX_STARTING) {
                        return new PrefixQuery(new Term(field, prefix));
                    }
                    any.add(new TermQuery(new Term(field, BytesRef.deepCopyOf(term)), statesAt(enumeration)),
                            Occur.SHOULD);
                }
                return count == 0 ? new MatchNoDocsQuery() : new ConstantScoreQuery(any.build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Where the enumeration stands, for a query of the term without a second lookup (the index has one leaf). */
        private TermStates statesAt(TermsEnum enumeration) throws IOException {
            return new TermStates(searcher.getTopReaderContext(), enumeration.termState(), 0, enumeration.docFreq(),
                    enumeration.totalTermFreq());
        }
    }

    private record Ranked(List<SearchHit> hits, int total) {
        static final Ranked NONE = new Ranked(List.of(), 0);
    }

    private Ranked ranked(Words words, IntPredicate accept, int skipCode, int wanted, boolean typos) {
        Query exactOrPrefix = SearchQueries.prefix(words.typed, words.spelling, words);
        Ranked ranked = top(exactOrPrefix, scored(exactOrPrefix, exact(words), startOfName(words)), accept, skipCode,
                wanted, null);
        for (Words other : ranked.total() == 0 ? words.compoundsOtherwise() : List.<Words>of()) {
            Query query = SearchQueries.prefix(other.typed, other.spelling, other);
            ranked = top(query, scored(query, exact(other), startOfName(other)), accept, skipCode, wanted, null);
            if (ranked.total() > 0) {
                break;
            }
        }
        for (Supplier<Query> fuzzy : typos && ranked.total() == 0 ? fuzzyTiers(words) : List.<Supplier<Query>>of()) {
            if (ranked.total() > 0) {
                break;
            }
            Query tier = fuzzy.get();
            ranked = top(tier, scored(tier, null, words.correctedStartOfName()), accept, skipCode, wanted,
                    MatchType.FUZZY);
        }
        return ranked;
    }

    /**
     * Typos only when the words as typed match no name, cheapest first: one edit after the first letter (most typos
     * leave it alone, and it limits the words visited to those starting with it), one edit anywhere, two edits after
     * the first letter, then one word left out.
     */
    private List<Supplier<Query>> fuzzyTiers(Words words) {
        List<Supplier<Query>> tiers = new ArrayList<>();
        tiers.add(() -> SearchQueries.fuzzy(words.typed, words.spelling, 0, 1, 1, words));
        boolean unknown = false;
        boolean longWord = false;
        for (int i = 0; i < words.typed.size(); i++) {
            if (SearchQueries.maxEdits(words.typed.get(i)) > 0
                    && !words.known(words.typed.get(i), words.spelling.get(i))) {
                unknown = true;
                longWord |= SearchQueries.maxEdits(words.typed.get(i)) > 1;
            }
        }
        if (unknown) {
            tiers.add(() -> SearchQueries.fuzzy(words.typed, words.spelling, 0, 1, 0, words));
        }
        if (longWord) {
            tiers.add(() -> SearchQueries.fuzzy(words.typed, words.spelling, 0, 2, 1, words));
        }
        if (SearchQueries.requiredWords(words.typed) > 1) {
            tiers.add(() -> SearchQueries.fuzzy(words.typed, words.spelling, 1, 2, 1, words));
        }
        return tiers;
    }

    /**
     * The words' query, scored so that the score alone orders the tier: exact name, active, start of the name, words.
     */
    private Query scored(Query query, Query exact, Query startOfName) {
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (exact != null && !SearchQueries.matchesNothing(exact)) {
            scored.add(new BoostQuery(new ConstantScoreQuery(exact), EXACT_NAME), Occur.SHOULD);
        }
        scored.add(activeName, Occur.SHOULD);
        if (startOfName != null && !SearchQueries.matchesNothing(startOfName)) {
            scored.add(new BoostQuery(new ConstantScoreQuery(startOfName), STARTS_WITH), Occur.SHOULD);
        }
        return scored.build();
    }

    /** The names that begin with the typed words, as typed or as spelling variants. */
    private static Query startOfName(Words words) {
        return SearchQueries.bestOf(List.of(startQuery(words, TextAnalysis.START, words.typedStart),
                startQuery(words, TextAnalysis.START_SPELLING, words.spellingStart)));
    }

    private static Query startQuery(Words words, String field, String start) {
        return start.length() <= TextAnalysis.MAX_START ? words.term(field, start) : words.startingWith(field, start);
    }

    /** The words of a name, in any order, as typed or in their spelling-variant form. */
    private static Query exact(Words words) {
        return SearchQueries.bestOf(List.of(words.term(EXACT, SearchQueries.exactKey(words.typed)),
                words.term(EXACT_SPELLING, SearchQueries.exactKey(words.spelling))));
    }

    /**
     * The top {@code wanted} conditions in name order (each at its best name) and the number of distinct conditions
     * that {@code matching} matches. Lucene keeps the top of {@code scored} only (ties come in document order, which is
     * the order of names) and skips what cannot enter it; the conditions are counted by a second pass without scores,
     * unless the top already holds every match. The top is taken again, deeper, only when the best names of too few
     * conditions were in it.
     */
    private Ranked top(Query matching, Query scored, IntPredicate accept, int skipCode, int wanted, MatchType tier) {
        if (SearchQueries.matchesNothing(matching)) {
            return Ranked.NONE;
        }
        try {
            // Never deeper than there are names: Lucene allocates its queue for the depth asked
            // (page 1,000,000 is valid).
            int names = terms.size();
            int depth = (int) Math.min(names, Math.max(16L, wanted * 2L));
            TopDocs top = topOf(scored, depth);
            int total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO && top.totalHits.value <= depth
                    ? count(conditionsOf(top), accept, skipCode)
                    : count(searcher.search(matching, new DistinctConditions.Manager(this)), accept, skipCode);
            List<SearchHit> hits = distinct(top, accept, skipCode, wanted, tier);
            while (hits.size() < Math.min(wanted, total) && top.scoreDocs.length == depth && depth < names) {
                depth = (int) Math.min(names, depth * 4L);
                top = topOf(scored, depth);
                hits = distinct(top, accept, skipCode, wanted, tier);
            }
            return new Ranked(hits, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top {@code depth} names by score, ties in document order; Lucene may stop once nothing else can enter. */
    private TopDocs topOf(Query scored, int depth) throws IOException {
        return searcher.search(scored, new TopScoreDocCollectorManager(depth, null, depth, false));
    }

    private FixedBitSet conditionsOf(TopDocs top) {
        FixedBitSet conditions = new FixedBitSet(codes.length);
        for (ScoreDoc doc : top.scoreDocs) {
            conditions.set(conditionOf(doc.doc));
        }
        return conditions;
    }

    private int count(FixedBitSet conditions, IntPredicate accept, int skipCode) {
        int total = 0;
        BitSetIterator ordinals = new BitSetIterator(conditions, 0);
        for (int ordinal = ordinals.nextDoc(); ordinal != DocIdSetIterator.NO_MORE_DOCS; ordinal = ordinals.nextDoc()) {
            if (codes[ordinal] != skipCode && accept.test(codes[ordinal])) {
                total++;
            }
        }
        return total;
    }

    private List<SearchHit> distinct(TopDocs top, IntPredicate accept, int skipCode, int wanted, MatchType tier) {
        Map<Integer, SearchHit> hits = new LinkedHashMap<>();
        for (ScoreDoc doc : top.scoreDocs) {
            if (hits.size() == wanted) {
                break;
            }
            IndexedTerm term = nameOf(doc.doc);
            int code = term.orphaCode();
            if (code != skipCode && !hits.containsKey(code) && accept.test(code)) {
                hits.put(code, new SearchHit(code,
                        tier != null ? tier : doc.score >= EXACT_NAME ? MatchType.EXACT : MatchType.PREFIX, term,
                        doc.score % STARTS_WITH));
            }
        }
        return List.copyOf(hits.values());
    }

    private static final int MAX_STARTING = 64;
    /**
     * A compound is two words: at least six letters; its first part at least three, its last at least four. Longer
     * than any two words of the names together it is not tried: each split costs a lookup, and each split of the
     * first part another (a 200-letter word would cost 40,000).
     */
    private static final int MIN_COMPOUND = 6;
    private static final int MAX_COMPOUND = 64;
    private static final int MIN_PART = 3;
    private static final int MIN_TAIL = 4;

    private static int[] termOfDoc(LeafReader leaf) {
        try {
            int[] terms = new int[leaf.maxDoc()];
            NumericDocValues values = leaf.getNumericDocValues(TERM);
            int numbered = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                terms[doc] = (int) values.longValue();
                numbered++;
            }
            if (numbered != terms.length) {
                throw new IllegalStateException("Every name has its number");
            }
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names that share the best score (tier, status and words), at most {@code max} conditions, in search order:
     * those that begin with the text, then the others, each in the order of names. One pass keeps, for each of the
     * two, the names at its best score so far in document order (which is the order of names) and tells Lucene the
     * lowest score that can still count, so it stops early once both are full (a fragment of a few letters ties
     * thousands of names).
     */
    private List<SearchHit> bestOf(Query matching, Words words, int max, MatchType tier) {
        if (SearchQueries.matchesNothing(matching)) {
            return List.of();
        }
        Query query = scored(matching, tier == null ? exact(words) : null, null);
        Query start = tier == null ? startOfName(words) : words.correctedStartOfName();
        BestNames found;
        try {
            Weight starting = SearchQueries.matchesNothing(start) ? null
                    : searcher.createWeight(searcher.rewrite(start), ScoreMode.COMPLETE_NO_SCORES, 1f);
            found = searcher.search(query, new BestNames.Manager(() -> new BestNames(starting, max, this)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float best = Math.max(found.starting.best, found.others.best);
        if (best == Float.NEGATIVE_INFINITY) {
            return List.of();
        }
        MatchType type = tier != null ? tier : best >= EXACT_NAME ? MatchType.EXACT : MatchType.PREFIX;
        Map<Integer, SearchHit> conditions = new LinkedHashMap<>();
        for (BestNames.Group group : List.of(found.starting, found.others)) {
            if (group.best == best || group == found.starting && sameTier(group.best, best)) {
                group.names.forEach(t -> conditions.putIfAbsent(t.orphaCode(),
                        new SearchHit(t.orphaCode(), type, t, group.best % STARTS_WITH)));
            }
        }
        return conditions.values().stream().limit(max).toList();
    }

    /**
     * Whether two scores differ in their words only (not in exact name or status): a name that begins with the typed
     * text then still comes first, although another name has more of its words whole ("hereditary or" is Hereditary
     * orotic aciduria before "Pure or complex hereditary spastic paraplegia").
     */
    static boolean sameTier(float a, float b) {
        return a != Float.NEGATIVE_INFINITY && tierOf(a) == tierOf(b);
    }

    /** The lowest score of the tier (exact name, status) that {@code score} is in; minus infinity stays. */
    static float tierOf(float score) {
        return score == Float.NEGATIVE_INFINITY ? score : (float) Math.floor(score / STARTS_WITH) * STARTS_WITH;
    }

    /** The ordinal of a document's condition, below {@link #conditions()}. */
    int conditionOf(int doc) {
        return conditionOfDoc[doc];
    }

    /** The number of conditions the index names. */
    int conditions() {
        return codes.length;
    }

    /** The name of a document. */
    IndexedTerm nameOf(int doc) {
        return terms.get(termOfDoc[doc]);
    }

    private static IndexedTerm add(List<IndexedTerm> terms, int code, String text, Language language,
            IndexedTerm.Kind kind, boolean active) {
        IndexedTerm term = new IndexedTerm(code, text, language, kind, TextAnalysis.tokens(text).size(), active);
        terms.add(term);
        return term;
    }

    private static Document document(int index, IndexedTerm term) {
        List<String> tokens = TextAnalysis.tokens(term.text());
        List<String> spelling = TextAnalysis.spellings(tokens);
        // The name's folded words joined by a space, as written and as spelling-variant keys: what a start matches.
        String start = String.join(" ", tokens);
        String spellingStart = String.join(" ", spelling);
        Document doc = new Document();
        doc.add(new NumericDocValuesField(TERM, index));
        doc.add(new StringField(ACTIVE, term.active() ? "1" : "0", Field.Store.NO));
        doc.add(new Field(TextAnalysis.TEXT, term.text(), MATCHED));
        doc.add(WordForms.typed(tokens));
        doc.add(new Field(term.language() == Language.NL ? TextAnalysis.STEM_NL : TextAnalysis.STEM_EN,
                term.text(), MATCHED));
        doc.add(new Field(TextAnalysis.SPELLING, term.text(), MATCHED));
        doc.add(WordForms.spelled(spelling));
        doc.add(WordForms.either(tokens, spelling));
        doc.add(new Field(TextAnalysis.START, start, MATCHED));
        doc.add(new Field(TextAnalysis.START_SPELLING, spellingStart, MATCHED));
        doc.add(new StringField(EXACT, SearchQueries.exactKey(tokens), Field.Store.NO));
        doc.add(new StringField(EXACT_SPELLING, SearchQueries.exactKey(spelling), Field.Store.NO));
        return doc;
    }
}
