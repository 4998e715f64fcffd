namespace Kennisplatform.Theme.Models;

/// <summary>One search result as shown on the results page; the snippet is already safe HTML with <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(
    string Title,
    string Url,
    string TypeLabel,
    string SnippetHtml,
    string? DateText,
    string? DateIso,
    IReadOnlyList<string> Themes);

/// <summary>One value of a facet with its count and the link that toggles it.</summary>
public sealed record FacetValue(string Label, long Count, string Url, bool Selected);

/// <summary>A facet (type, theme, region, year) with its values.</summary>
public sealed record FacetGroup(string Name, string Label, IReadOnlyList<FacetValue> Values);

/// <summary>The search page: the query, the outcome and the ways to refine it.</summary>
public sealed record SearchPageModel(
    PageFrame Frame,
    string Query,
    string? Message,
    long Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetGroup> Facets,
    string? Suggestion,
    string? SuggestionUrl,
    IReadOnlyList<Link> Pages,
    Link? Previous,
    Link? Next,
    IReadOnlyList<Link> SortOptions,
    string Sort);
