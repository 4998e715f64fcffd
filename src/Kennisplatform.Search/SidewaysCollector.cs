using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>
/// Collects a search with one filtered facet in one pass over the query without that facet's filter: every document
/// is counted for the facet ("drill sideways"), and the documents that have one of its selected values go on to the
/// search's own collector. Those are the documents the filtered query matches, with the same scores (the filter clause
/// adds nothing to a score and nothing to the query's norm), so the search no longer scores the query twice.
/// </summary>
internal sealed class SidewaysCollector(FacetOrdinals ordinals, bool[] selected, FacetCounter sideways, ICollector inner, CancellationToken cancel)
    : ICollector
{
    private int[] _starts = [];
    private int[] _slots = [];

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => false;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        cancel.ThrowIfCancellationRequested();
        (_starts, _slots) = ordinals.Leaf(context.Ord);
        sideways.SetNextReader(context);
        inner.SetNextReader(context);
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        cancel.ThrowIfCancellationRequested();
        sideways.Collect(doc);
        var slots = _slots;
        for (var k = _starts[doc]; k < _starts[doc + 1]; k++)
        {
            if (!selected[slots[k]]) continue;
            inner.Collect(doc);
            return;
        }
    }
}
