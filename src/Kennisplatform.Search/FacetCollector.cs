using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// Counts, for the documents a query matches, how many have each value of a field, from its sorted-set doc values.
/// Written here because Lucene.Net.Facet is not available.
/// </summary>
public sealed class FacetCollector(string fieldName) : ICollector
{
    /// <summary>The field counted.</summary>
    public string Field { get; } = fieldName;

    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private long[] _segmentCounts = [];

    /// <summary>Ends counting (the last segment's ordinals become values) and returns the counts per value.</summary>
    public IReadOnlyDictionary<string, long> Complete()
    {
        Flush();
        return _counts;
    }

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer)
    {
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = context.AtomicReader.GetSortedSetDocValues(Field);
        _segmentCounts = _values is null ? [] : new long[_values.ValueCount];
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        if (_values is null) return;
        _values.SetDocument(doc);
        long ord;
        while ((ord = _values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) _segmentCounts[ord]++;
    }

    // Ordinals are per segment: turn them into values before moving to the next segment.
    private void Flush()
    {
        if (_values is null) return;
        var bytes = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] == 0) continue;
            _values.LookupOrd(ord, bytes);
            var value = bytes.Utf8ToString();
            _counts[value] = _counts.GetValueOrDefault(value) + _segmentCounts[ord];
        }
        _values = null;
        _segmentCounts = [];
    }
}
