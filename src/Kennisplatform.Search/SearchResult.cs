namespace Kennisplatform.Search;

/// <summary>One result: what the results page and the JSON API show of a page.</summary>
public sealed record SearchHitResult(
    string Url,
    string Title,
    string Type,
    string TypeLabel,
    string Summary,
    string SnippetHtml,
    string? Date,
    string? DateText,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> ThemeLabels,
    float Score,
    bool Restricted = false,
    string? Updated = null,
    string? Change = null);

/// <summary>A value of a facet with its display label, the number of results that have it, and whether it is selected.</summary>
public sealed record FacetCount(string Value, string Label, long Count, bool Selected);

/// <summary>
/// The outcome of a search. <see cref="Message"/> explains anything unusual about the query in Dutch;
/// <see cref="SomeWordsOnly"/> is true when no page has all the words and the results have only some of them (the
/// results page says so).
/// </summary>
public sealed record SearchResult(
    string Query,
    long Total,
    IReadOnlyList<SearchHitResult> Hits,
    int Page,
    int PageCount,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? Message = null,
    string? Suggestion = null,
    bool SomeWordsOnly = false)
{
    /// <summary>An empty result for a query that searches nothing.</summary>
    public static SearchResult Empty(string query, string? message = null) =>
        new(query, 0, [], 1, 0, new Dictionary<string, IReadOnlyList<FacetCount>>(), message);
}
