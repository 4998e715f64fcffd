using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>
/// Counts, for the documents a query matches, how many have each value of some facet fields, from
/// <see cref="FacetOrdinals"/>; all fields in one pass. Written here because Lucene.Net.Facet is not available.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly FacetOrdinals _ordinals;
    private readonly int[] _fields;
    // Per slot (every value of every field): a document's values are one run of slots, so every field is counted, and
    // only the asked ones are reported; that is cheaper than looking for the asked fields in each document.
    private readonly int[] _counts;
    private int[] _starts = [];
    private int[] _slots = [];

    internal FacetCounter(FacetOrdinals ordinals, int[] fields)
    {
        _ordinals = ordinals;
        _fields = fields;
        _counts = new int[ordinals.SlotCount];
    }

    /// <summary>The counts per value of each counted field (values without matches left out).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Complete()
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            var offset = _ordinals.Offset(field);
            for (var id = 0; id < _ordinals.ValueCount(field); id++)
            {
                if (_counts[offset + id] > 0) counts[_ordinals.Value(field, id)] = _counts[offset + id];
            }
            result[_ordinals.FieldName(field)] = counts;
        }
        return result;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Counting does not care about the order, but a collector that takes documents out of order makes each level of
    /// a nested boolean query build its sub-scorers once more per segment (Lucene's BooleanScorer), so searches score
    /// in order.
    /// </remarks>
    public bool AcceptsDocsOutOfOrder => false;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer)
    {
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context) => (_starts, _slots) = _ordinals.Leaf(context.Ord);

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var slots = _slots;
        var counts = _counts;
        for (var k = _starts[doc]; k < _starts[doc + 1]; k++) counts[slots[k]]++;
    }
}
