using Kennisplatform.Content;

namespace Kennisplatform.Pages;

/// <summary>The site paths that exist besides document pages: listings and the search page.</summary>
public static class SiteUrls
{
    /// <summary>The search page.</summary>
    public const string Search = "/zoeken/";

    /// <summary>Listing pages per type.</summary>
    public static readonly IReadOnlyList<(DocumentType Type, string Url)> Listings =
        DocumentTypes.ByFolder.Select(kv => (kv.Value, $"/{kv.Key}/")).ToList();

    /// <summary>Every generated path.</summary>
    public static IEnumerable<string> Generated => Listings.Select(l => l.Url).Append(Search).Append("/");
}
