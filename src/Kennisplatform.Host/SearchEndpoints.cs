using Kennisplatform.Host.Access;
using Kennisplatform.Host.Network;
using Kennisplatform.Host.QueryLog;
using Kennisplatform.Search;
using Kennisplatform.Theme;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host;

/// <summary>The search page (HTML, no JavaScript needed) and the JSON API, over the same search.</summary>
public static class SearchEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const string JsonType = "application/json; charset=utf-8";

    /// <summary><c>GET /zoeken?q=…</c>: the results page, written as the theme's search page renders it.</summary>
    public static async Task<IResult> PageAsync(HttpContext http, SiteLease site, AuditLog audit,
        IAuthorizationService authorization, NetworkSiteSearch network, QueryRecorder queries, SearchResponseCache cache,
        IOptions<SearchLimitOptions> limits, ILogger<SearchRequest> log)
    {
        var asked = await AskedAsync(http, site, authorization, "page");
        if (Cached(http, site, cache, asked, audit, queries) is { } hit) return hit;
        var (result, complete) = Search(http, site, asked, audit, queries, limits.Value, log);
        var taxonomies = SiteSearch.Taxonomies(site);
        var model = SearchPageModelFactory.Create(asked.Request, result, taxonomies);
        // Every search can be followed as a feed (public pages only, whoever asks).
        model = model with
        {
            Frame = model.Frame with { Feeds = SearchFeedEndpoints.FeedLink(asked.Request, taxonomies) is { } feed ? [feed] : null },
            Follow = SearchFeedEndpoints.FollowLink(asked.Request, taxonomies),
        };
        // Profiles and projects of the network exist only for covenant partners (the same policy as the closed index).
        if (asked.Restricted) model = model with { NetworkHits = await network.FindAsync(result.Query) };
        // Written by hand rather than rendered by Razor: most of a page's cost was the renderer's own machinery (SearchPageWriter).
        var html = SearchPageWriter.Write(model);
        return Answer(site, cache, asked, complete, result, html, HtmlType);
    }

    /// <summary><c>GET /api/zoeken?q=…</c>: the same search as JSON.</summary>
    public static async Task<IResult> ApiAsync(HttpContext http, SiteLease site, AuditLog audit, IAuthorizationService authorization,
        NetworkSiteSearch network, QueryRecorder queries, SearchResponseCache cache, IOptions<JsonOptions> json,
        IOptions<SearchLimitOptions> limits, ILogger<SearchRequest> log)
    {
        var asked = await AskedAsync(http, site, authorization, "api");
        if (Cached(http, site, cache, asked, audit, queries) is { } hit) return hit;
        var (result, complete) = Search(http, site, asked, audit, queries, limits.Value, log);
        // As on the results page: the network's projects and profiles only for covenant partners, for others an empty list.
        var networkHits = asked.Restricted ? await network.FindAsync(result.Query) : [];
        var body = JsonSerializer.SerializeToUtf8Bytes(new
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
        }, json.Value.SerializerOptions);
        return Answer(site, cache, asked, complete, result, body, JsonType);
    }

    /// <summary>
    /// A search as asked: the request, whether closed results are searched, and the key of its response in the cache —
    /// only for an anonymous visitor (no signed-in user at all, covenant or not), since then the output depends on
    /// nothing but the request (by its canonical URL, which keeps the order of filter values the links repeat) and the
    /// build. Anyone signed in gets a response made for them, never one from the cache, and never puts one there.
    /// </summary>
    private sealed record Asked(SearchRequest Request, bool Restricted, bool SignedIn, string? CacheKey);

    private static async Task<Asked> AskedAsync(HttpContext http, SiteLease site, IAuthorizationService authorization, string endpoint)
    {
        var taxonomies = SiteSearch.Taxonomies(site);
        var request = SearchParameters.Read(http.Request.Query, taxonomies);
        // The same policy that guards the closed pages decides whether closed results are searched. It requires a
        // signed-in user, so for an anonymous visitor (most searches) the answer is no without evaluating it.
        var signedIn = http.User.Identities.Any(i => i.IsAuthenticated);
        var restricted = signedIn && (await authorization.AuthorizeAsync(http.User, PlatformClaims.CovenantPolicy)).Succeeded;
        var key = signedIn ? null : endpoint + " " + SearchParameters.Url(request, taxonomies);
        return new Asked(request, restricted, signedIn, key);
    }

    private static IResult? Cached(HttpContext http, SiteLease site, SearchResponseCache cache, Asked asked, AuditLog audit, QueryRecorder queries)
    {
        if (asked.CacheKey is null || cache.Get(site.Snapshot, asked.CacheKey) is not { } hit) return null;
        Note(http, asked, hit.Query, hit.Total, audit, queries);
        return Results.Bytes(hit.Body, hit.ContentType);
    }

    private static (SearchResult, bool Complete) Search(HttpContext http, SiteLease site, Asked asked, AuditLog audit, QueryRecorder queries,
        SearchLimitOptions limits, ILogger log)
    {
        var (result, complete) = SiteSearch.Run(site, asked.Request, asked.Restricted, log, limits.Budget, http.RequestAborted);
        Note(http, asked, result.Query, result.Total, audit, queries);
        if (asked.Restricted) http.Response.Headers.CacheControl = "private, no-store";
        return (result, complete);
    }

    // Audit and query log count every search, answered from the cache or not.
    private static void Note(HttpContext http, Asked asked, string query, long total, AuditLog audit, QueryRecorder queries)
    {
        if (query.Length > 0) audit.Search(http.User, query, asked.Restricted, total);
        // The first page of a search counts as one asking; paging through its results does not.
        if (query.Length > 0 && asked.Request.Page <= 1) queries.Record(query, total, asked.SignedIn);
    }

    // Only a complete answer (not "try again" after a stopped or failed search) is kept, and only for an anonymous key.
    private static IResult Answer(SiteLease site, SearchResponseCache cache, Asked asked, bool complete, SearchResult result, byte[] body,
        string contentType)
    {
        if (complete && asked.CacheKey is not null)
        {
            cache.Add(site.Snapshot, asked.CacheKey, new CachedSearchResponse(body, contentType, result.Query, result.Total));
        }
        return Results.Bytes(body, contentType);
    }
}
