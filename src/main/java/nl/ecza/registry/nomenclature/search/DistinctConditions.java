package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * The conditions of every matching name, as a bit set of condition ordinals: the total of a search counts
 * conditions, not names, and this costs a bit per name matched instead of a hit object per name.
 */
final class DistinctConditions extends SimpleCollector {

    private final FixedBitSet conditions;
    private NumericDocValues condition;

    private DistinctConditions(int size) {
        this.conditions = new FixedBitSet(size);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        condition = context.reader().getNumericDocValues(ConditionSearchIndex.CONDITION);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (condition.advanceExact(doc)) {
            conditions.set((int) condition.longValue());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    record Manager(int size) implements CollectorManager<DistinctConditions, FixedBitSet> {
        @Override
        public DistinctConditions newCollector() {
            return new DistinctConditions(size);
        }

        @Override
        public FixedBitSet reduce(Collection<DistinctConditions> collectors) {
            FixedBitSet all = new FixedBitSet(size);
            collectors.forEach(c -> all.or(c.conditions));
            return all;
        }
    }
}
