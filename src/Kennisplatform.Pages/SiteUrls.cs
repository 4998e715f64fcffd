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

    /// <summary>
    /// The search that lists a type's pages of one term, without words: what every "all of them" and per-term count
    /// links to. News is a timeline, so its view keeps the newest first also once words are added.
    /// </summary>
    public static string TypeAndTermSearch(DocumentType type, Taxonomy taxonomy, string slug) =>
        SearchUrl.For(type == DocumentType.Nieuws
            ? [(SearchUrl.Type, type.Key()), (taxonomy.Parameter, slug), (SearchUrl.Sort, SearchUrl.SortByDate)]
            : [(SearchUrl.Type, type.Key()), (taxonomy.Parameter, slug)]);

    /// <summary>Every generated path.</summary>
    public static IEnumerable<string> Generated => Listings.Select(l => l.Url).Append(SitePaths.Search).Append("/").Append(SitePaths.Restricted).Append(SitePaths.Directory).Append(SitePaths.Follow);
}
