package nl.ecza.registry.nomenclature.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.ecza.registry.nomenclature.importer.PackReader;
import nl.ecza.registry.nomenclature.importer.PackSource;
import nl.ecza.registry.nomenclature.model.ConditionRecord;

/**
 * The typo candidates are exactly what Lucene's FuzzyQuery rewrites to - words and boosts - over every word of the
 * shipped nomenclature, for seeded typos of one and two edits (replaced, added, dropped and swapped letters, the first
 * letter too) and for the three settings the typo tiers use.
 */
class TypoCandidatesTest {

    private static IndexSearcher searcher;
    private static TypoCandidates typos;
    private static List<String> words;

    @BeforeAll
    static void indexEveryWordOfThePack() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.perField()))) {
            for (ConditionRecord c : PackReader.read(
                    PackSource.classpath("orphanet/orphanet-nomenclature-pack-2025.zip")).conditions().values()) {
                List<String> names = new ArrayList<>(c.synonymsEn());
                names.addAll(c.synonymsNl());
                names.add(c.nameEn());
                if (c.nameNl() != null) {
                    names.add(c.nameNl());
                }
                Document doc = new Document();
                names.forEach(n -> doc.add(new TextField(TextAnalysis.TEXT, n, Field.Store.NO)));
                writer.addDocument(doc);
            }
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        typos = TypoCandidates.of(reader, TextAnalysis.TEXT);
        words = new ArrayList<>();
        TermsEnum all = MultiTerms.getTerms(reader, TextAnalysis.TEXT).iterator();
        for (BytesRef term = all.next(); term != null; term = all.next()) {
            words.add(term.utf8ToString());
        }
    }

    @Test
    void shouldRewriteAsLuceneFuzzyQueryDoes() throws IOException {
        Random random = new Random(11);
        int compared = 0;
        int withCandidates = 0;
        int full = 0;
        for (int i = 0; i < 3_000; i++) {
            String word = words.get(random.nextInt(words.size()));
            if (word.codePointCount(0, word.length()) < 3) {
                continue;
            }
            String typo = garble(word, 1 + random.nextInt(2), random);
            for (int[] setting : new int[][] {{1, 1}, {1, 0}, {2, 1}}) {
                if (typo.length() < 3) {
                    continue;
                }
                Map<String, Float> lucene = boosts(searcher.rewrite(
                        new FuzzyQuery(new Term(TextAnalysis.TEXT, typo), setting[0], setting[1],
                                SearchQueries.MAX_EXPANSIONS, true)));
                Map<String, Float> ours = boosts(searcher.rewrite(typos.query(typos.candidates(typo, setting[0],
                        setting[1]), w -> new TermQuery(new Term(TextAnalysis.TEXT, w)))));
                assertEquals(lucene, ours, () -> "'" + typo + "' with " + setting[0] + " edits after " + setting[1]);
                compared++;
                withCandidates += lucene.isEmpty() ? 0 : 1;
                full += lucene.size() == SearchQueries.MAX_EXPANSIONS ? 1 : 0;
            }
        }
        assertTrue(compared > 5_000, "compared " + compared);
        assertTrue(withCandidates > compared / 2, "most typos have candidates: " + withCandidates);
        assertTrue(full > 0, "the bound of " + SearchQueries.MAX_EXPANSIONS + " words was reached and kept alike");
    }

    @Test
    void shouldCountASwapOfNeighboursAsOneEdit() {
        int[] a = "marfan".codePoints().toArray();
        assertEquals(1, TypoCandidates.distance(a, "mafran".codePoints().toArray(), 0, 2));
        assertEquals(1, TypoCandidates.distance(a, "marfn".codePoints().toArray(), 0, 2));
        assertEquals(2, TypoCandidates.distance(a, "mrafna".codePoints().toArray(), 0, 2));
        assertEquals(3, TypoCandidates.distance(a, "xyzfan".codePoints().toArray(), 0, 2), "over the bound: bound + 1");
    }

    private static String garble(String word, int edits, Random random) {
        StringBuilder s = new StringBuilder(word);
        for (int e = 0; e < edits && s.length() > 1; e++) {
            int at = random.nextInt(s.length());
            char letter = (char) ('a' + random.nextInt(26));
            switch (random.nextInt(4)) {
                case 0 -> s.setCharAt(at, letter);
                case 1 -> s.insert(at, letter);
                case 2 -> s.deleteCharAt(at);
                default -> {
                    if (at + 1 < s.length()) {
                        char c = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** Word to boost of a rewritten query: a disjunction of boosted term queries. */
    private static Map<String, Float> boosts(Query query) {
        Map<String, Float> boosts = new TreeMap<>();
        collect(query, 1f, boosts);
        return boosts;
    }

    private static void collect(Query query, float boost, Map<String, Float> boosts) {
        if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                assertEquals(BooleanClause.Occur.SHOULD, clause.getOccur());
                collect(clause.getQuery(), boost, boosts);
            }
        } else if (query instanceof BoostQuery boosted) {
            collect(boosted.getQuery(), boost * boosted.getBoost(), boosts);
        } else if (query instanceof ConstantScoreQuery constant) {
            // Lucene's rewrite scores each word by its boost alone; so does a TermQuery under BooleanSimilarity.
            collect(constant.getQuery(), boost, boosts);
        } else if (query instanceof TermQuery term) {
            boosts.put(term.getTerm().text(), boost);
        } else if (!(query instanceof MatchNoDocsQuery)) {
            throw new AssertionError("Not a disjunction of words: " + query.getClass());
        }
    }
}
