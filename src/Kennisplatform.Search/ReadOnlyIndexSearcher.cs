using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>
/// An <see cref="IndexSearcher"/> over an index that never changes under it, so that the statistics of a field (pages,
/// term counts) are worked out once: Lucene computes them for every term of every query, merging the terms of all
/// segments anew each time.
/// </summary>
public sealed class ReadOnlyIndexSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _fields = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override CollectionStatistics CollectionStatistics(string field) => _fields.GetOrAdd(field, base.CollectionStatistics);
}
