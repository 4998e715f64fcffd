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
    private readonly long[][] _counts;
    private readonly (int[] Starts, int[] Ids)[] _leaf;

    internal FacetCounter(FacetOrdinals ordinals, int[] fields)
    {
        _ordinals = ordinals;
        _fields = fields;
        _counts = fields.Select(f => new long[ordinals.ValueCount(f)]).ToArray();
        _leaf = new (int[], int[])[fields.Length];
    }

    /// <summary>The counts per value of each counted field (values without matches left out).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Complete()
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal);
        for (var i = 0; i < _fields.Length; i++)
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var id = 0; id < _counts[i].Length; id++)
            {
                if (_counts[i][id] > 0) counts[_ordinals.Value(_fields[i], id)] = _counts[i][id];
            }
            result[_ordinals.FieldName(_fields[i])] = counts;
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
    public void SetNextReader(AtomicReaderContext context)
    {
        for (var i = 0; i < _fields.Length; i++) _leaf[i] = _ordinals.Leaf(context.Ord, _fields[i]);
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            var (starts, ids) = _leaf[i];
            var counts = _counts[i];
            for (var k = starts[doc]; k < starts[doc + 1]; k++) counts[ids[k]]++;
        }
    }
}
