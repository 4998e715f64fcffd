using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// One alternative of a unit over the weighted text fields: a <see cref="DisjunctionMaxQuery"/> that, where every
/// field's clause is a kept term (<see cref="KeptTermQuery"/>: a one-word alternative, most units of most queries),
/// scores with <see cref="TermsScorer"/> instead of Lucene's general disjunction scorer. Scores are the same to the
/// bit. Other clauses (phrases, compounds) get Lucene's own scorer.
/// </summary>
internal sealed class FieldsQuery(float tieBreakerMultiplier) : DisjunctionMaxQuery(tieBreakerMultiplier)
{
    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new FieldsWeight(this, searcher);

    private sealed class FieldsWeight : DisjunctionMaxWeight
    {
        private readonly float _tieBreaker;
        private readonly bool _terms;

        public FieldsWeight(FieldsQuery query, IndexSearcher searcher) : base(query, searcher)
        {
            _tieBreaker = query.TieBreakerMultiplier;
            _terms = m_weights.All(w => w is KeptTermQuery.KeptWeight);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (!_terms) return base.GetScorer(context, acceptDocs);
            // As Lucene's weight: the scorers of the clauses with postings in the segment, in the clauses' order.
            var scorers = new List<KeptTermQuery.KeptScorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (((KeptTermQuery.KeptWeight)weight).TermScorer(context, acceptDocs) is { } scorer) scorers.Add(scorer);
            }
            return scorers.Count == 0 ? null : new TermsScorer(this, _tieBreaker, [.. scorers]);
        }
    }
}
