package nl.ecza.registry.nomenclature.search;

import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
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
    private final ConditionSearchIndex index;
    private int docBase;

    private DistinctConditions(ConditionSearchIndex index) {
        this.index = index;
        this.conditions = new FixedBitSet(index.conditions());
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
    }

    @Override
    public void collect(int doc) {
        conditions.set(index.conditionOf(docBase + doc));
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    record Manager(ConditionSearchIndex index) implements CollectorManager<DistinctConditions, FixedBitSet> {
        @Override
        public DistinctConditions newCollector() {
            return new DistinctConditions(index);
        }

        @Override
        public FixedBitSet reduce(Collection<DistinctConditions> collectors) {
            FixedBitSet all = new FixedBitSet(index.conditions());
            collectors.forEach(c -> all.or(c.conditions));
            return all;
        }
    }
}
