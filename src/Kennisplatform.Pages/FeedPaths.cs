using Kennisplatform.Content;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Pages;

/// <summary>The stable paths of the Atom feeds and JSON lists (documented for regions in docs/linking.md).</summary>
public static class FeedPaths
{
    /// <summary>Everything new on the site.</summary>
    public const string All = "/feeds/alles.xml";

    /// <summary>The catalogue of all public pages.</summary>
    public const string Catalogue = "/data/catalogus.json";

    /// <summary>Feed of one type (its folder name).</summary>
    public static string OfType(DocumentType type) => $"/feeds/{type.UrlSegment()}.xml";

    /// <summary>Feed of one theme.</summary>
    public static string OfTheme(string slug) => $"/feeds/themas/{slug}.xml";

    /// <summary>Feed of one region.</summary>
    public static string OfRegion(string slug) => $"/feeds/regios/{slug}.xml";

    /// <summary>JSON list of one theme.</summary>
    public static string ThemeList(string slug) => $"/data/themas/{slug}.json";

    /// <summary>JSON list of one region.</summary>
    public static string RegionList(string slug) => $"/data/regios/{slug}.json";

    /// <summary>The feeds a document's page advertises: the site's, and the one of the theme, region or type it represents.</summary>
    public static IReadOnlyList<Link> ForDocument(Document d) => d.Type switch
    {
        DocumentType.Thema => [new Link($"{d.Title} — nieuw", OfTheme(d.Slug)), SiteFeed],
        DocumentType.Regio => [new Link($"{d.Title} — nieuw", OfRegion(d.Slug)), SiteFeed],
        _ => [SiteFeed],
    };

    /// <summary>The feeds a listing page advertises.</summary>
    public static IReadOnlyList<Link> ForListing(DocumentType type) =>
        type is DocumentType.Thema or DocumentType.Regio or DocumentType.Begrip
            ? [SiteFeed]
            : [new Link($"{Presentation.ListingTitle(type)} — nieuw", OfType(type)), SiteFeed];

    /// <summary>The whole site's feed.</summary>
    public static readonly Link SiteFeed = new("Kennisplatform Ondermijning — nieuw", All);
}
