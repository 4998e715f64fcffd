using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Search;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Kennisplatform.Host;

/// <summary>
/// Following a search without an account: the Atom feed of exactly that search (words and filters), newest change or
/// publication first, and the page that explains how to follow it. The feed is public and anonymous: it is always
/// answered from the public index, whoever asks, so closed pages are never in it; it is cacheable per build.
/// </summary>
public static class SearchFeedEndpoints
{
    /// <summary>How long a feed reader or proxy may keep a feed before asking again (an ETag answers cheaply after that).</summary>
    public const int MaxAgeSeconds = 900;

    /// <summary><c>GET /zoeken/feed.xml?q=…&amp;regio=…</c>: the feed, at most <see cref="AtomFeeds.MaxEntries"/> entries.</summary>
    public static IResult Feed(HttpContext http, SiteLease site, IOptions<SearchLimitOptions> limits, ILogger<SearchRequest> log)
    {
        if (TooLong(http.Request.Query) is { } problem) return problem;
        var taxonomies = SiteSearch.Taxonomies(site);
        var request = FeedRequest(SearchParameters.Read(http.Request.Query, taxonomies));
        var etag = new EntityTagHeaderValue($"\"{BuildTag(site.Snapshot, SearchParameters.Url(request, taxonomies, SitePaths.SearchFeed))}\"");
        var built = BuildTime(site.Snapshot);
        http.Response.Headers.CacheControl = $"public, max-age={MaxAgeSeconds}";
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.LastModified = built.ToString("R", CultureInfo.InvariantCulture);
        if (NotModified(http.Request, etag, built)) return Results.StatusCode(StatusCodes.Status304NotModified);

        // Never the closed part: a feed reader is anonymous and a feed address is shared freely.
        var result = SiteSearch.Run(site, request, restricted: false, log, limits.Value.Budget, http.RequestAborted).Result;
        var origin = Origin(http, site.Snapshot);
        var header = new AtomHeader($"{Describe(result)} — {AtomDocument.SiteName}",
            "Nieuwe en gewijzigde openbare pagina's voor deze zoekopdracht, het nieuwste eerst.",
            origin + SearchParameters.Url(request with { Sort = SearchSort.Relevance }, taxonomies),
            origin + SearchParameters.Url(request with { Sort = SearchSort.Relevance }, taxonomies, SitePaths.SearchFeed));
        var entries = result.Hits.Select(h => Entry(h, origin)).OfType<AtomEntry>();
        return Results.Bytes(AtomDocument.Write(header, entries), AtomDocument.MediaType + "; charset=utf-8");
    }

    /// <summary>
    /// Where the feed's absolute links point: the address the build made its pages for, so that a request's Host header
    /// never ends up in a feed that readers and proxies keep; the request's own origin only for a build without one.
    /// </summary>
    private static string Origin(HttpContext http, SiteSnapshot snapshot) =>
        snapshot.BaseUrl ?? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    /// <summary><c>GET /zoeken/volgen?q=…</c>: how to follow this search, with the feed's address to copy.</summary>
    public static async Task<IResult> FollowPageAsync(HttpContext http, SiteLease site, ThemeRenderer theme, IOptions<SearchLimitOptions> limits,
        ILogger<SearchRequest> log)
    {
        if (TooLong(http.Request.Query) is { } problem) return problem;
        var taxonomies = SiteSearch.Taxonomies(site);
        var request = FeedRequest(SearchParameters.Read(http.Request.Query, taxonomies));
        var result = SiteSearch.Run(site, request with { PageSize = 1 }, restricted: false, log, limits.Value.Budget, http.RequestAborted).Result;
        var origin = Origin(http, site.Snapshot);
        var feed = SearchParameters.Url(request with { Sort = SearchSort.Relevance }, taxonomies, SitePaths.SearchFeed);
        var search = SearchParameters.Url(request with { Sort = SearchSort.Relevance }, taxonomies);
        var title = $"Volgen: {Describe(result)}";
        var frame = new PageFrame(title, "Zo volgt u deze zoekopdracht met een feedlezer, per e-mail of in Outlook of Thunderbird.",
            SitePaths.SearchFollow, [new Link("Home", "/"), new Link("Zoeken", search)], NoIndex: true,
            Feeds: [new Link(Describe(result), feed)]);
        var model = new FollowPageModel(frame, title,
            "U krijgt nieuwe en gewijzigde pagina's die bij deze zoekopdracht horen, het nieuwste eerst: de vijftig nieuwste, " +
            "elke wijziging met de regel die de redactie erbij schreef. Alleen openbare pagina's; besloten pagina's staan nooit in een feed.",
            origin + feed, new Link("deze zoekopdracht", search), [], null);
        return Results.Content(await theme.RenderAsync<FollowPage>(model), "text/html; charset=utf-8");
    }

    /// <summary>The link on a results page to the page that explains how to follow the search; null when nothing is searched.</summary>
    public static Link? FollowLink(SearchRequest request, IReadOnlyList<Taxonomy> taxonomies) =>
        string.IsNullOrWhiteSpace(request.Query) && !request.Selected().Any()
            ? null
            : new Link("Volg deze zoekopdracht", SearchParameters.Url(FeedRequest(request), taxonomies, SitePaths.SearchFollow));

    /// <summary>The feed of a search, for the page's <c>&lt;link rel="alternate"&gt;</c>; null when nothing is searched.</summary>
    public static Link? FeedLink(SearchRequest request, IReadOnlyList<Taxonomy> taxonomies) =>
        FollowLink(request, taxonomies) is null
            ? null
            : new Link("Deze zoekopdracht volgen (Atom)", SearchParameters.Url(FeedRequest(request), taxonomies, SitePaths.SearchFeed));

    // The same words and filters, whatever page or order the results page showed; newest news first.
    private static SearchRequest FeedRequest(SearchRequest request) =>
        request with { Page = 1, PageSize = AtomFeeds.MaxEntries, Sort = SearchSort.Updated };

    // A query longer than search reads is not a search anyone typed; a friendly refusal beats a feed of a cut-off query.
    private static IResult? TooLong(IQueryCollection query) =>
        query[SearchUrl.Query].FirstOrDefault() is { Length: > UserQuery.MaxLength }
            ? Results.Content($"Deze zoekopdracht is te lang om te volgen: gebruik hoogstens {UserQuery.MaxLength} tekens.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest)
            : null;

    // Pages that were never news (reference pages without a change) have no date to put in a feed; they sort last.
    private static AtomEntry? Entry(SearchHitResult hit, string origin) =>
        DateOnly.TryParseExact(hit.Updated, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var updated)
            ? new AtomEntry(origin + hit.Url, hit.Title, hit.Summary, updated, Published(hit, updated), hit.Change,
                hit.Themes.Zip(hit.ThemeLabels, (t, l) => new AtomCategory(t, l, origin + "/themas/")).ToList())
            : null;

    private static DateOnly? Published(SearchHitResult hit, DateOnly updated) =>
        hit.Change is null ? updated : PartialDate.TryParse(hit.Date, out var d) ? d.Start : null;

    /// <summary>The search in words: "zoekopdracht ‘drugsdumping’ (Oost-Brabant)".</summary>
    public static string Describe(SearchResult result)
    {
        var filters = result.Facets.Values
            .SelectMany(values => values.Where(v => v.Selected).Select(v => v.Label))
            .ToList();
        var words = result.Query.Length > 0 ? $"zoekopdracht ‘{(result.Query.Length <= 60 ? result.Query : result.Query[..60] + "…")}’" : "zoekopdracht";
        return filters.Count > 0 ? $"{words} ({string.Join(", ", filters)})" : words;
    }

    // The build and the search decide the feed; the ETag changes exactly when either does.
    private static string BuildTag(SiteSnapshot snapshot, string search)
    {
        var text = $"{snapshot.Root}\n{BuildTime(snapshot).Ticks}\n{search}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32].ToLowerInvariant();
    }

    // When the build's index was written, to the second (HTTP dates have no more).
    private static DateTimeOffset BuildTime(SiteSnapshot snapshot)
    {
        var written = Directory.Exists(snapshot.Layout.Index) ? Directory.GetLastWriteTimeUtc(snapshot.Layout.Index) : Directory.GetLastWriteTimeUtc(snapshot.Root);
        return new DateTimeOffset(written.Ticks - written.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    private static bool NotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset built)
    {
        var match = request.GetTypedHeaders().IfNoneMatch;
        if (match is { Count: > 0 }) return match.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(etag, useStrongComparison: false));
        return request.GetTypedHeaders().IfModifiedSince is { } since && built <= since;
    }
}
