using Kennisplatform.Search;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Pages;

namespace Kennisplatform.Host;

/// <summary>The search page (HTML, no JavaScript needed) and the JSON API, over the same search.</summary>
public static class SearchEndpoints
{
    /// <summary><c>GET /zoeken?q=…</c>: the results page, rendered with the theme.</summary>
    public static async Task<IResult> PageAsync(HttpRequest http, SiteLease site, ThemeRenderer theme, ILogger<SearchRequest> log)
    {
        var request = SearchParameters.Read(http.Query);
        var result = SiteSearch.Run(site, request, log);
        var html = await theme.RenderAsync<SearchPage>(SearchPageModelFactory.Create(request, result));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary><c>GET /api/zoeken?q=…</c>: the same search as JSON.</summary>
    public static IResult Api(HttpRequest http, SiteLease site, ILogger<SearchRequest> log)
    {
        var request = SearchParameters.Read(http.Query);
        var result = SiteSearch.Run(site, request, log);
        return Results.Json(new
        {
            query = result.Query,
            total = result.Total,
            page = result.Page,
            pageCount = result.PageCount,
            message = result.Message,
            suggestion = result.Suggestion,
            results = result.Hits.Select(h => new
            {
                title = h.Title,
                url = h.Url,
                type = h.Type,
                summary = h.Summary,
                snippet = h.SnippetHtml,
                date = h.Date,
                themes = h.Themes,
            }),
            facets = SearchPageModelFactory.Facets.ToDictionary(
                f => f.Key,
                f => (result.Facets.GetValueOrDefault(f.Field) ?? []).Select(v => new { value = v.Value, label = v.Label, count = v.Count, selected = v.Selected })),
        });
    }
}
