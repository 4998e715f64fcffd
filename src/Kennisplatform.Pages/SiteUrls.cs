using Kennisplatform.Content;
using Kennisplatform.Contracts;

namespace Kennisplatform.Pages;

/// <summary>The generated pages besides document pages: listings, home, search and the closed part's start pages.</summary>
public static class SiteUrls
{
    /// <summary>Listing pages per type of the public site (the directory of professionals is closed).</summary>
    public static readonly IReadOnlyList<(DocumentType Type, string Url)> Listings =
        DocumentTypes.ByFolder.Where(kv => kv.Value != DocumentType.Professional).Select(kv => (kv.Value, $"/{kv.Key}/")).ToList();

    /// <summary>Every generated path.</summary>
    public static IEnumerable<string> Generated => Listings.Select(l => l.Url).Append(SitePaths.Search).Append("/").Append(SitePaths.Restricted).Append(SitePaths.Directory);
}
