using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// A <see cref="TermQuery"/> whose term states in the segments were looked up once for the search
/// (<see cref="SearchTerms"/>), and whose scorer reads the postings through the thread's kept term enumerator and a
/// pooled postings enumerator (<see cref="TermLookup"/>) instead of a new term enumerator and a new postings enumerator
/// per segment. It scores
/// exactly as Lucene's term weight and scorer do: the same similarity calls with the same statistics.
/// </summary>
internal sealed class KeptTermQuery(Term term, TermContext states, SearchTerms search) : TermQuery(term, states)
{
    private readonly TermContext _states = states;
    private readonly SearchTerms _search = search;

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) =>
        // Only for the reader the states were looked up in; any other searcher gets Lucene's own weight.
        searcher.TopReaderContext == _states.TopReaderContext ? new KeptWeight(this, searcher) : base.CreateWeight(searcher);

    /// <summary>The weight of a kept term: Lucene's statistics, scorers over pooled postings.</summary>
    internal sealed class KeptWeight : Weight
    {
        private readonly KeptTermQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public KeptWeight(KeptTermQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field),
                searcher.TermStatistics(query.Term, query._states));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) => TermScorer(context, acceptDocs);

        /// <summary>The scorer of the term in one segment, or null when the segment does not have it.</summary>
        public KeptScorer? TermScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_query._states.Get(context.Ord) is not { } state) return null;
            var docs = _query._search.Docs(context.Ord, _query.Term, state, acceptDocs);
            return new KeptScorer(this, docs, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                var freq = scorer.Freq;
                var score = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(freq, "termFreq=" + freq));
                var result = new ComplexExplanation
                {
                    Description = $"weight({Query} in {doc}) [{_similarity.GetType().Name}], result of:",
                    Value = score.Value,
                    Match = true,
                };
                result.AddDetail(score);
                return result;
            }
            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    /// <summary>
    /// What Lucene's (internal) TermScorer does: the similarity's score of the document's frequency of the term. The
    /// current document is kept in a field: disjunctions ask every clause for it on each step of their heap, and
    /// through the enumerator that would be two virtual calls each time.
    /// </summary>
    internal sealed class KeptScorer(Weight weight, DocsEnum docs, Similarity.SimScorer scorer) : Scorer(weight)
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => docs.Freq;

        public override int NextDoc() => _doc = docs.NextDoc();

        public override int Advance(int target) => _doc = docs.Advance(target);

        public override float GetScore() => scorer.Score(_doc, docs.Freq);

        public override long GetCost() => docs.GetCost();

        public override string ToString() => $"scorer({m_weight})";
    }
}
