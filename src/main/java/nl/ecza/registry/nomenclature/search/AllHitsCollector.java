package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every matching document with its score. The result must be complete (the total is part of the
 * answer and a condition's best name may score low), and the index is small, so no top-N cut is wanted.
 */
final class AllHitsCollector extends SimpleCollector {

    record ScoredDoc(int termIndex, float score) {
    }

    private final List<ScoredDoc> hits = new ArrayList<>();
    private NumericDocValues termIndex;
    private Scorable scorer;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        termIndex = context.reader().getNumericDocValues(ConditionSearchIndex.TERM);
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (termIndex.advanceExact(doc)) {
            hits.add(new ScoredDoc((int) termIndex.longValue(), scorer.score()));
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    static final class Manager implements CollectorManager<AllHitsCollector, List<ScoredDoc>> {
        @Override
        public AllHitsCollector newCollector() {
            return new AllHitsCollector();
        }

        @Override
        public List<ScoredDoc> reduce(Collection<AllHitsCollector> collectors) {
            List<ScoredDoc> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.hits));
            return all;
        }
    }
}
