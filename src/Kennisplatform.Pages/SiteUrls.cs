using Kennisplatform.Content;
using Kennisplatform.Contracts;

namespace Kennisplatform.Pages;

/// <summary>The generated pages besides document pages: listings, home, search and the closed part's start pages.</summary>
public static class SiteUrls
{
    /// <summary>Listing pages per type of the public site (the directory of professionals is closed).</summary>
    public static readonly IReadOnlyList<(DocumentType Type, string Url)> Listings =
        DocumentTypes.ByFolder.Values.Select(t => (t, $"/{t.UrlSegment()}/")).ToList();

    /// <summary>The listings of taxonomies whose term pages have no type of their own (a theme's listing is its type's).</summary>
    public static IEnumerable<Taxonomy> TaxonomyListings(IReadOnlyList<Taxonomy> taxonomies) =>
        taxonomies.Where(t => !Listings.Any(l => l.Url == t.ListingUrl));

    /// <summary>Page <paramref name="number"/> (from 1) of a paged listing: <c>/actueel/</c>, <c>/actueel/pagina/2/</c>.</summary>
    public static string ListingPage(string listing, int number) => number <= 1 ? listing : $"{listing}pagina/{number}/";

    /// <summary>Every generated path.</summary>
    public static IEnumerable<string> Generated => Listings.Select(l => l.Url).Append(SitePaths.Search).Append("/").Append(SitePaths.Restricted).Append(SitePaths.Directory).Append(SitePaths.Follow);
}
