package nl.ecza.registry.nomenclature.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of one term of the index's one segment, read once into a bit set: the same matches as the term's own
 * query, at a constant score, but a search advances through bits instead of decoding postings. Worth it for a term
 * that nearly every name has and that every query consults (whether a name is active): its postings were decoded
 * block by block beside every text query, behind a reader allocated afresh each time.
 */
final class DocumentSetQuery extends Query {

    private final Term term;
    private final FixedBitSet documents;
    private final int count;

    private DocumentSetQuery(Term term, FixedBitSet documents) {
        this.term = term;
        this.documents = documents;
        this.count = documents.cardinality();
    }

    static DocumentSetQuery of(LeafReader leaf, Term term) {
        FixedBitSet documents = new FixedBitSet(leaf.maxDoc());
        try {
            PostingsEnum postings = leaf.postings(term, PostingsEnum.NONE);
            if (postings != null) {
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    documents.set(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentSetQuery(term, documents);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                // Read from the one segment it was built for (the index is one leaf, from document 0).
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(documents, count));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(term.field())) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return "documents of " + term;
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
