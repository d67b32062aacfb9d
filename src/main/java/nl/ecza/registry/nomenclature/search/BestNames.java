package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The finder's best names in one pass: of the names that begin with the typed text and of the others, the names at
 * each one's best score so far, in document order (the order of names), up to the first of {@code max} conditions.
 * Lucene is told the lowest score that can still count - a name must reach its group's best (pass it, once the group
 * is full) and the other group's best - so it skips what cannot, as its own top-K collector does.
 */
final class BestNames extends SimpleCollector {

    /** The names at one group's best score. */
    static final class Group {
        float best = Float.NEGATIVE_INFINITY;
        final List<IndexedTerm> names = new ArrayList<>();
        /** By condition ordinal: a bit set, not a set of boxed codes (tied names come by the thousand). */
        private final FixedBitSet conditions;
        private boolean full;

        private Group(int conditions) {
            this.conditions = new FixedBitSet(conditions);
        }

        private void offer(int doc, float score, int max, ConditionSearchIndex index) {
            if (score > best) {
                best = score;
                if (!names.isEmpty()) {
                    names.clear();
                    conditions.clear(0, conditions.length());
                }
                full = false;
            }
            if (score == best && !full && !conditions.getAndSet(index.conditionOf(doc))) {
                names.add(index.nameOf(doc));
                full = names.size() == max;
            }
        }

        /** The lowest score a name of this group still counts with. */
        private float needed() {
            return full ? Math.nextUp(best) : best;
        }
    }

    final Group starting;
    final Group others;
    private final Weight start;
    private final int max;
    private final ConditionSearchIndex index;
    private Scorable scorer;
    private DocIdSetIterator starts;
    private int docBase;
    private float minimum;

    BestNames(Weight start, int max, ConditionSearchIndex index) {
        this.start = start;
        this.max = max;
        this.index = index;
        this.starting = new Group(index.conditions());
        this.others = new Group(index.conditions());
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        Scorer scorer = start == null ? null : start.scorer(context);
        starts = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        if (minimum > 0) {
            scorer.setMinCompetitiveScore(minimum);
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        float score = scorer.score();
        if (starts.docID() < doc) {
            starts.advance(doc);
        }
        (starts.docID() == doc ? starting : others).offer(docBase + doc, score, max, index);
        // A name counts only at or above its group's best and, the others, the beginning names' best; a name that
        // begins with the text needs only the others' tier (ConditionSearchIndex.sameTier), and none is left once
        // the names that begin with it are passed. The lower bar is Lucene's.
        float startingBar = starts.docID() == DocIdSetIterator.NO_MORE_DOCS ? Float.POSITIVE_INFINITY
                : Math.max(starting.needed(), ConditionSearchIndex.tierOf(others.best));
        float needed = Math.min(startingBar, Math.max(others.needed(), starting.best));
        if (needed > minimum) {
            minimum = needed;
            scorer.setMinCompetitiveScore(needed);
        }
    }

    /** One collector: the index has one segment and the searcher no executor. */
    record Manager(Supplier<BestNames> collector) implements CollectorManager<BestNames, BestNames> {
        @Override
        public BestNames newCollector() {
            return collector.get();
        }

        @Override
        public BestNames reduce(Collection<BestNames> collectors) {
            if (collectors.size() != 1) {
                throw new IllegalStateException("One collector per search, got " + collectors.size());
            }
            return collectors.iterator().next();
        }
    }
}
