using Kennisplatform.Contracts;
using Kennisplatform.Search;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host;

/// <summary>Maps a search request and its result to the theme's search page model.</summary>
public static class SearchPageModelFactory
{
    private const int MaxFacetValues = 12;

    /// <summary>Shown when no page has all the words and the results have only some of them.</summary>
    public const string SomeWordsNote = "Geen resultaten met alle woorden; resultaten met een deel van de woorden.";

    /// <summary>The facets in display order: index field, query-string key, label; a facet per taxonomy between type and year.</summary>
    public static IReadOnlyList<(string Field, string Key, string Label)> Facets(IReadOnlyList<Taxonomy> taxonomies) =>
    [
        (IndexFields.Type, SearchUrl.Type, "Soort"),
        .. taxonomies.Select(t => (t.Key, t.Parameter, t.Label)),
        (IndexFields.Year, SearchUrl.Year, "Jaar"),
    ];

    /// <summary>The model of the results page; <paramref name="taxonomies"/> are the index's (filters and facets).</summary>
    public static SearchPageModel Create(SearchRequest request, SearchResult result, IReadOnlyList<Taxonomy> taxonomies)
    {
        string Url(SearchRequest r) => SearchParameters.Url(r, taxonomies);
        var title = result.Query.Length > 0 ? $"Zoeken: {Shorten(result.Query)}" : "Zoeken";
        var frame = new PageFrame(title, "Zoek in praktijkvoorbeelden, handreikingen, kenniskringen en publicaties.", SitePaths.Search,
            [new Link("Home", "/")], Query: result.Query, NoIndex: true);
        var hits = result.Hits.Select(h => new SearchHit(h.Title, h.Url, h.TypeLabel, h.SnippetHtml, h.DateText, h.Date, h.ThemeLabels, h.Restricted)).ToList();

        var pages = new List<Link>();
        var first = Math.Max(1, result.Page - 4);
        var last = Math.Min(result.PageCount, first + 8);
        for (var p = first; p <= last; p++)
        {
            pages.Add(new Link(p.ToString(), p == result.Page ? "" : Url(request with { Page = p })));
        }
        var previous = result.Page > 1 ? new Link("Vorige", Url(request with { Page = result.Page - 1 })) : null;
        var next = result.Page < result.PageCount ? new Link("Volgende", Url(request with { Page = result.Page + 1 })) : null;
        var sortOptions = new List<Link>
        {
            new("relevantie", request.Sort == SearchSort.Relevance ? "" : Url(request with { Sort = SearchSort.Relevance, Page = 1 })),
            new("datum", request.Sort == SearchSort.Date ? "" : Url(request with { Sort = SearchSort.Date, Page = 1 })),
        };
        var suggestionUrl = result.Suggestion is { } s ? Url(request with { Query = s, Page = 1 }) : null;
        var (facets, active) = FacetModels(request, result, taxonomies);
        // The note comes from the result's own flag, so it stays right however search ranks or falls back.
        var message = result.SomeWordsOnly
            ? string.Join(" ", new[] { SomeWordsNote, result.Message }.OfType<string>())
            : result.Message;
        return new SearchPageModel(frame, result.Query, message, result.Total, hits, facets, active, result.Suggestion,
            suggestionUrl, pages, previous, next, sortOptions, request.Sort == SearchSort.Date ? SearchUrl.SortByDate : "relevantie");
    }

    private static (IReadOnlyList<FacetGroup>, IReadOnlyList<ActiveFilter>) FacetModels(SearchRequest request, SearchResult result,
        IReadOnlyList<Taxonomy> taxonomies)
    {
        var groups = new List<FacetGroup>();
        var active = new List<ActiveFilter>();
        foreach (var (field, key, label) in Facets(taxonomies))
        {
            var counts = result.Facets.GetValueOrDefault(field) ?? [];
            var current = request.Filter(field);
            var values = new List<FacetValue>();
            for (var i = 0; i < counts.Count; i++)
            {
                var c = counts[i];
                if (!c.Selected && i >= MaxFacetValues) continue;
                // The link toggles the value: the URL of the request with it added, or removed when it was selected.
                var url = SearchParameters.Url(request, taxonomies, field, Toggled(current, c.Value));
                values.Add(new FacetValue(c.Label, c.Count, url, c.Selected));
                if (c.Selected) active.Add(new ActiveFilter(key, c.Value, c.Label, url));
            }
            if (values.Count > 0) groups.Add(new FacetGroup(key, label, values));
        }
        return (groups, active);
    }

    // The selected values with one added, or taken out when it was among them.
    private static IReadOnlyList<string> Toggled(IReadOnlyList<string> current, string value) =>
        current.Contains(value) ? current.Where(v => v != value).ToList() : [.. current, value];

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
