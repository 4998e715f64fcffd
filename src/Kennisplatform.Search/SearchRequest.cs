namespace Kennisplatform.Search;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    Relevance,
    Date,
    /// <summary>Latest news first (change or first publication), for the feed of a search; pages never news come last.</summary>
    Updated,
}

/// <summary>A search: the typed query, filters, order and page (1-based).</summary>
public sealed record SearchRequest(
    string? Query,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance,
    IReadOnlyList<string>? Types = null,
    IReadOnlyList<string>? Themes = null,
    IReadOnlyList<string>? Regions = null,
    IReadOnlyList<string>? Years = null)
{
    /// <summary>Selected values of a filter field.</summary>
    public IReadOnlyList<string> Filter(string field) => field switch
    {
        IndexFields.Type => Types ?? [],
        IndexFields.Themes => Themes ?? [],
        IndexFields.Regions => Regions ?? [],
        IndexFields.Year => Years ?? [],
        _ => [],
    };
}
