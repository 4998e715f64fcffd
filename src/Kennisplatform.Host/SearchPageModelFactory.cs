using Kennisplatform.Search;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host;

/// <summary>Maps a search request and its result to the theme's search page model.</summary>
public static class SearchPageModelFactory
{
    /// <summary>The model of the results page.</summary>
    public static SearchPageModel Create(SearchRequest request, SearchResult result)
    {
        var title = result.Query.Length > 0 ? $"Zoeken: {Shorten(result.Query)}" : "Zoeken";
        var frame = new PageFrame(title, "Zoek in praktijkvoorbeelden, handreikingen, kenniskringen en publicaties.", "/zoeken/",
            [new Link("Home", "/")], Query: result.Query, NoIndex: true);
        var hits = result.Hits.Select(h => new SearchHit(h.Title, h.Url, h.TypeLabel, h.SnippetHtml, h.DateText, h.Date, h.ThemeLabels)).ToList();

        var pages = new List<Link>();
        var first = Math.Max(1, result.Page - 4);
        var last = Math.Min(result.PageCount, first + 8);
        for (var p = first; p <= last; p++)
        {
            pages.Add(new Link(p.ToString(), p == result.Page ? "" : SearchParameters.Url(request with { Page = p })));
        }
        var previous = result.Page > 1 ? new Link("Vorige", SearchParameters.Url(request with { Page = result.Page - 1 })) : null;
        var next = result.Page < result.PageCount ? new Link("Volgende", SearchParameters.Url(request with { Page = result.Page + 1 })) : null;
        var sortOptions = new List<Link>
        {
            new("relevantie", request.Sort == SearchSort.Relevance ? "" : SearchParameters.Url(request with { Sort = SearchSort.Relevance, Page = 1 })),
            new("datum", request.Sort == SearchSort.Date ? "" : SearchParameters.Url(request with { Sort = SearchSort.Date, Page = 1 })),
        };
        var suggestionUrl = result.Suggestion is { } s ? SearchParameters.Url(request with { Query = s, Page = 1 }) : null;
        return new SearchPageModel(frame, result.Query, result.Message, result.Total, hits, [], result.Suggestion, suggestionUrl,
            pages, previous, next, sortOptions, request.Sort == SearchSort.Date ? "datum" : "relevantie");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
