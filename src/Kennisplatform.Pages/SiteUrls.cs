using Kennisplatform.Content;

namespace Kennisplatform.Pages;

/// <summary>The site paths that exist besides document pages: listings and the search page.</summary>
public static class SiteUrls
{
    /// <summary>The search page.</summary>
    public const string Search = "/zoeken/";

    /// <summary>Listing pages per type of the public site (the directory of professionals is closed).</summary>
    public static readonly IReadOnlyList<(DocumentType Type, string Url)> Listings =
        DocumentTypes.ByFolder.Where(kv => kv.Value != DocumentType.Professional).Select(kv => (kv.Value, $"/{kv.Key}/")).ToList();

    /// <summary>The start page of the closed part.</summary>
    public const string Restricted = "/besloten/";

    /// <summary>The directory of professionals in the closed part.</summary>
    public const string Directory = "/besloten/netwerk/";

    /// <summary>Every generated path.</summary>
    public static IEnumerable<string> Generated => Listings.Select(l => l.Url).Append(Search).Append("/").Append(Restricted).Append(Directory);
}
