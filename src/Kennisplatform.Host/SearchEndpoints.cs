using Kennisplatform.Host.Access;
using Kennisplatform.Host.Network;
using Kennisplatform.Host.QueryLog;
using Kennisplatform.Search;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host;

/// <summary>The search page (HTML, no JavaScript needed) and the JSON API, over the same search.</summary>
public static class SearchEndpoints
{
    /// <summary><c>GET /zoeken?q=…</c>: the results page, rendered with the theme.</summary>
    public static async Task<IResult> PageAsync(HttpContext http, SiteLease site, ThemeRenderer theme, AuditLog audit,
        IAuthorizationService authorization, NetworkSiteSearch network, QueryRecorder queries, IOptions<SearchLimitOptions> limits, ILogger<SearchRequest> log)
    {
        var (request, result, restricted) = await SearchAsync(http, site, audit, authorization, queries, limits.Value, log);
        var taxonomies = SiteSearch.Taxonomies(site);
        var model = SearchPageModelFactory.Create(request, result, taxonomies);
        // Every search can be followed as a feed (public pages only, whoever asks).
        model = model with
        {
            Frame = model.Frame with { Feeds = SearchFeedEndpoints.FeedLink(request, taxonomies) is { } feed ? [feed] : null },
            Follow = SearchFeedEndpoints.FollowLink(request, taxonomies),
        };
        // Profiles and projects of the network exist only for covenant partners (the same policy as the closed index).
        if (restricted) model = model with { NetworkHits = await network.FindAsync(result.Query) };
        var html = await theme.RenderAsync<SearchPage>(model);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary><c>GET /api/zoeken?q=…</c>: the same search as JSON.</summary>
    public static async Task<IResult> ApiAsync(HttpContext http, SiteLease site, AuditLog audit, IAuthorizationService authorization,
        NetworkSiteSearch network, QueryRecorder queries, IOptions<SearchLimitOptions> limits, ILogger<SearchRequest> log)
    {
        var (_, result, restricted) = await SearchAsync(http, site, audit, authorization, queries, limits.Value, log);
        // As on the results page: the network's projects and profiles only for covenant partners, for others an empty list.
        var networkHits = restricted ? await network.FindAsync(result.Query) : [];
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
                restricted = h.Restricted,
            }),
            network = networkHits.Select(h => new { title = h.Title, url = h.Url, type = h.TypeLabel, snippet = h.SnippetHtml, restricted = h.Restricted }),
            facets = SearchPageModelFactory.Facets(SiteSearch.Taxonomies(site)).ToDictionary(
                f => f.Key,
                f => (result.Facets.GetValueOrDefault(f.Field) ?? []).Select(v => new { value = v.Value, label = v.Label, count = v.Count, selected = v.Selected })),
        });
    }

    private static async Task<(SearchRequest, SearchResult, bool Restricted)> SearchAsync(HttpContext http, SiteLease site, AuditLog audit,
        IAuthorizationService authorization, QueryRecorder queries, SearchLimitOptions limits, ILogger log)
    {
        var request = SearchParameters.Read(http.Request.Query, SiteSearch.Taxonomies(site));
        // The same policy that guards the closed pages decides whether closed results are searched.
        var restricted = (await authorization.AuthorizeAsync(http.User, PlatformClaims.CovenantPolicy)).Succeeded;
        var result = SiteSearch.Run(site, request, restricted, log, limits.Budget, http.RequestAborted);
        if (result.Query.Length > 0) audit.Search(http.User, result.Query, restricted, result.Total);
        // The first page of a search counts as one asking; paging through its results does not.
        if (result.Query.Length > 0 && request.Page <= 1)
        {
            queries.Record(result.Query, result.Total, signedIn: restricted || http.User.Identity?.IsAuthenticated == true);
        }
        if (restricted) http.Response.Headers.CacheControl = "private, no-store";
        return (request, result, restricted);
    }
}
