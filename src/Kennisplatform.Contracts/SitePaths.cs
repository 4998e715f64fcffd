namespace Kennisplatform.Contracts;

/// <summary>
/// The URL paths the platform itself answers, besides the content's pages. Content may not take them
/// (<see cref="Reserved"/>); the host maps its routes on them; the theme and the build link to them.
/// </summary>
public static class SitePaths
{
    /// <summary>The search page.</summary>
    public const string Search = "/zoeken/";

    /// <summary>The Atom feed of a search (same parameters as <see cref="Search"/>), answered by the host from the public index.</summary>
    public const string SearchFeed = "/zoeken/feed.xml";

    /// <summary>The page that explains how to follow a search (same parameters as <see cref="Search"/>).</summary>
    public const string SearchFollow = "/zoeken/volgen";

    /// <summary>All JSON APIs of the host.</summary>
    public const string Api = "/api/";

    /// <summary>The search API (same parameters as <see cref="Search"/>, JSON).</summary>
    public const string SearchApi = "/api/zoeken";

    /// <summary>The closed part, guarded by the covenant-partner policy.</summary>
    public const string Restricted = "/besloten/";

    /// <summary>The directory of professionals in the closed part.</summary>
    public const string Directory = "/besloten/netwerk/";

    /// <summary>The sign-in page.</summary>
    public const string SignIn = "/inloggen";

    /// <summary>The sign-out page.</summary>
    public const string SignOut = "/uitloggen";

    /// <summary>The health check.</summary>
    public const string Health = "/healthz";

    /// <summary>Theme assets (stylesheet with a fingerprinted name).</summary>
    public const string Assets = "/assets/";

    /// <summary>Atom feeds.</summary>
    public const string Feeds = "/feeds/";

    /// <summary>The HTML pages that explain how to follow each feed ("volg"-pages).</summary>
    public const string Follow = "/volgen/";

    /// <summary>The latest additions and changes across the site, with its own feed.</summary>
    public const string NewAndChanged = "/nieuw-en-gewijzigd/";

    /// <summary>JSON lists and catalogue.</summary>
    public const string Data = "/data/";

    /// <summary>The page shown for unknown paths.</summary>
    public const string NotFound = "/404/";

    /// <summary>The preview's reload script and events (<c>serve --watch</c> only).</summary>
    public const string Preview = "/_preview/";

    /// <summary>The path without its trailing slash, as a route or a path prefix (<c>/zoeken</c>).</summary>
    public static string Route(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    /// <summary>Paths the site itself uses (with trailing slash); no page or alias may take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Search, Api, Assets, Feeds, Data, Restricted, Health + "/", NotFound, Preview, SignIn + "/", SignOut + "/", Follow, NewAndChanged,
    };
}
