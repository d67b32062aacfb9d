package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the index within a few edits of a typed word: what Lucene's {@link FuzzyQuery} rewrites to - the same
 * words, the same boosts, the same {@value SearchQueries#MAX_EXPANSIONS}-word bound (TypoCandidatesTest compares them
 * word for word) - without building Levenshtein automata per request, which cost about a sixth of the finder's CPU
 * under distinct traffic (docs/performance.md).
 *
 * <p>One edit: a word and a typo of it share a key among "the word" and "the word less one letter" (a replaced,
 * added, dropped or swapped letter), so the candidates are a few binary searches in a sorted array of key hashes
 * (about 12 keys per word, 8 bytes each), each checked by its edit distance. Two edits (always with the first letter
 * as typed): the words with that first letter and a length within two, each checked by its edit distance, which
 * stops as soon as every alignment is over the bound.
 */
final class TypoCandidates {

    private static final int ID_BITS = 24;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    /** The field's words in Lucene's term order, as code points; ids are positions here. */
    private final int[][] words;
    /** Per key (a word, or the word less one letter): its 40-bit hash above the word id, sorted. */
    private final long[] keys;
    /** Per first letter, the ids of the words starting with it, by length. */
    private final Map<Integer, int[]> byFirstLetter;

    private TypoCandidates(int[][] words, long[] keys, Map<Integer, int[]> byFirstLetter) {
        this.words = words;
        this.keys = keys;
        this.byFirstLetter = byFirstLetter;
    }

    static TypoCandidates of(IndexReader reader, String field) {
        List<int[]> words = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum all = terms.iterator();
                for (BytesRef term = all.next(); term != null; term = all.next()) {
                    words.add(term.utf8ToString().codePoints().toArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (words.size() > ID_MASK) {
            throw new IllegalStateException("More words than the key layout holds: " + words.size());
        }
        int[][] all = words.toArray(int[][]::new);
        long[] keys = new long[Arrays.stream(all).mapToInt(w -> w.length + 1).sum()];
        int k = 0;
        Map<Integer, List<Integer>> first = new HashMap<>();
        for (int id = 0; id < all.length; id++) {
            int[] word = all[id];
            keys[k++] = key(hash(word, -1), id);
            for (int skip = 0; skip < word.length; skip++) {
                keys[k++] = key(hash(word, skip), id);
            }
            if (word.length > 0) {
                first.computeIfAbsent(word[0], c -> new ArrayList<>()).add(id);
            }
        }
        Arrays.sort(keys);
        Map<Integer, int[]> byFirstLetter = new HashMap<>();
        first.forEach((letter, ids) -> byFirstLetter.put(letter,
                ids.stream().sorted((a, b) -> Integer.compare(all[a].length, all[b].length))
                        .mapToInt(Integer::intValue).toArray()));
        return new TypoCandidates(all, keys, byFirstLetter);
    }

    /**
     * Of {@code candidates(word, maxEdits, keptLetters)}, what
     * {@code new FuzzyQuery(new Term(field, word), maxEdits, keptLetters, MAX_EXPANSIONS, true)} rewrites to: each word
     * of the index with the first {@code keptLetters} letters of {@code word} and at most {@code maxEdits} edits (a
     * swap of two neighbours is one) after them, boosted by 1 - edits / the shorter length (ranked as is, scored at
     * least 0), the best {@value SearchQueries#MAX_EXPANSIONS} (ties: in term order), any one of them matching.
     */
    Query query(List<Candidate> candidates, Function<String, Query> term) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Candidate c : candidates) {
            any.add(new BoostQuery(term.apply(text(c.id)), Math.max(0f, c.boost)), Occur.SHOULD);
        }
        return any.build();
    }

    private String text(int id) {
        return new String(words[id], 0, words[id].length);
    }

    record Candidate(int id, float boost) {
    }

    /** The {@code n} nearest of the candidates (as {@link #query} ranks them: boost, then term order). */
    List<String> nearest(List<Candidate> candidates, int n) {
        return candidates.stream()
                .sorted((a, b) -> a.boost != b.boost ? Float.compare(b.boost, a.boost) : Integer.compare(a.id, b.id))
                .limit(n).map(c -> text(c.id)).toList();
    }

    List<Candidate> candidates(String word, int maxEdits, int keptLetters) {
        int[] typed = word.codePoints().toArray();
        int kept = Math.min(keptLetters, typed.length);
        // The worst of the best kept so far on top: lower boost, then later in term order.
        PriorityQueue<Candidate> best = new PriorityQueue<>(SearchQueries.MAX_EXPANSIONS + 1,
                (a, b) -> a.boost != b.boost ? Float.compare(a.boost, b.boost) : Integer.compare(b.id, a.id));
        IntConsumer consider = id -> {
            int[] candidate = words[id];
            if (!samePrefix(typed, candidate, kept)) {
                return;
            }
            int edits = distance(typed, candidate, kept, maxEdits);
            if (edits > maxEdits) {
                return;
            }
            // More edits than the shorter word has letters ranks below zero, and scores zero (as Lucene does).
            float boost = edits == 0 ? 1f : 1f - (float) edits / Math.min(candidate.length, typed.length);
            best.add(new Candidate(id, boost));
            if (best.size() > SearchQueries.MAX_EXPANSIONS) {
                best.poll();
            }
        };
        if (maxEdits <= 1) {
            BitSet seen = new BitSet();
            probe(hash(typed, -1), seen, consider);
            for (int skip = 0; skip < typed.length; skip++) {
                probe(hash(typed, skip), seen, consider);
            }
        } else {
            // Two edits keep the first letter (SearchQueries' typo tiers): the words starting with it, by length.
            if (kept < 1 || typed.length == 0) {
                throw new IllegalArgumentException("Two edits are looked up with the first letter kept");
            }
            int[] ids = byFirstLetter.getOrDefault(typed[0], new int[0]);
            for (int id : ids) {
                int length = words[id].length;
                if (length > typed.length + maxEdits) {
                    break;
                }
                if (length >= typed.length - maxEdits) {
                    consider.accept(id);
                }
            }
        }
        List<Candidate> result = new ArrayList<>(best);
        result.sort((a, b) -> Integer.compare(a.id, b.id));
        return result;
    }

    private void probe(long hash, BitSet seen, IntConsumer consider) {
        long from = hash << ID_BITS;
        int i = Arrays.binarySearch(keys, from);
        for (i = i < 0 ? -i - 1 : i; i < keys.length && (keys[i] >>> ID_BITS) == hash; i++) {
            int id = (int) (keys[i] & ID_MASK);
            if (!seen.get(id)) {
                seen.set(id);
                consider.accept(id);
            }
        }
    }

    private static boolean samePrefix(int[] a, int[] b, int kept) {
        if (b.length < kept) {
            return false;
        }
        for (int i = 0; i < kept; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps, as Lucene's automata count) of
     * the parts after {@code from}; anything above {@code max} comes back as {@code max + 1}.
     */
    static int distance(int[] a, int[] b, int from, int max) {
        int n = a.length - from;
        int m = b.length - from;
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            int ai = a[from + i - 1];
            for (int j = 1; j <= m; j++) {
                int bj = b[from + j - 1];
                int cost = ai == bj ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[from + j - 2] && a[from + i - 2] == bj) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], max + 1);
    }

    /** A 40-bit hash of the word, or of the word less the letter at {@code skip} (-1: none). */
    private static long hash(int[] word, int skip) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length; i++) {
            if (i != skip) {
                h = (h ^ word[i]) * 0x100000001b3L;
            }
        }
        h ^= h >>> 29;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 32;
        return h >>> (64 - 40);
    }

    private static long key(long hash, int id) {
        return hash << ID_BITS | id;
    }
}
