namespace Kennisplatform.Theme.Models;

/// <summary>One search result as shown on the results page; the snippet is already safe HTML with <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(
    string Title,
    string Url,
    string TypeLabel,
    string SnippetHtml,
    string? DateText,
    string? DateIso,
    IReadOnlyList<string> Themes,
    bool Restricted = false);

/// <summary>One value of a facet with its count and the link that toggles it.</summary>
public sealed record FacetValue(string Label, long Count, string Url, bool Selected);

/// <summary>A facet (type, theme, region, year) with its values; <see cref="Name"/> is its query-string key.</summary>
public sealed record FacetGroup(string Name, string Label, IReadOnlyList<FacetValue> Values);

/// <summary>A filter in force, with the link that removes it; the search form carries it along as a hidden field.</summary>
public sealed record ActiveFilter(string Name, string Value, string Label, string RemoveUrl);

/// <summary>
/// The search page: the query, the outcome and the ways to refine it; <see cref="Follow"/> leads to the page that explains
/// how to follow this search as a feed.
/// </summary>
public sealed record SearchPageModel(
    PageFrame Frame,
    string Query,
    string? Message,
    long Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetGroup> Facets,
    IReadOnlyList<ActiveFilter> ActiveFilters,
    string? Suggestion,
    string? SuggestionUrl,
    IReadOnlyList<Link> Pages,
    Link? Previous,
    Link? Next,
    IReadOnlyList<Link> SortOptions,
    string Sort,
    IReadOnlyList<SearchHit>? NetworkHits = null,
    Link? Follow = null);
