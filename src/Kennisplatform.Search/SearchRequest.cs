namespace Kennisplatform.Search;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    Relevance,
    Date,
    /// <summary>Latest news first (change or first publication), for the feed of a search; pages never news come last.</summary>
    Updated,
}

/// <summary>
/// A search: the typed query, filters, order and page (1-based). <see cref="Terms"/> holds the selected terms per
/// taxonomy, keyed by the taxonomy's index field (<c>themes</c>, <c>regions</c>, …).
/// </summary>
public sealed record SearchRequest(
    string? Query,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance,
    IReadOnlyList<string>? Types = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Terms = null,
    IReadOnlyList<string>? Years = null)
{
    /// <summary>Selected values of a filter field.</summary>
    public IReadOnlyList<string> Filter(string field) => field switch
    {
        IndexFields.Type => Types ?? [],
        IndexFields.Year => Years ?? [],
        _ => Terms?.GetValueOrDefault(field) ?? [],
    };

    /// <summary>The same request with the values of one filter field replaced.</summary>
    public SearchRequest WithFilter(string field, IReadOnlyList<string> values) => field switch
    {
        IndexFields.Type => this with { Types = values },
        IndexFields.Year => this with { Years = values },
        _ => this with { Terms = new Dictionary<string, IReadOnlyList<string>>(Terms ?? new Dictionary<string, IReadOnlyList<string>>()) { [field] = values } },
    };

    /// <summary>Every filter field with selected values, in a fixed order (type, taxonomies by key, year).</summary>
    public IEnumerable<(string Field, IReadOnlyList<string> Values)> Selected() =>
        new[] { (IndexFields.Type, Filter(IndexFields.Type)) }
            .Concat((Terms ?? new Dictionary<string, IReadOnlyList<string>>()).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)))
            .Append((IndexFields.Year, Filter(IndexFields.Year)))
            .Where(f => f.Item2.Count > 0);
}
