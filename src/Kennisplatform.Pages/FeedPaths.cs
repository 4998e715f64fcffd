using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Pages;

/// <summary>The stable paths of the Atom feeds and JSON lists (documented for regions in docs/linking.md).</summary>
public static class FeedPaths
{
    /// <summary>Everything new on the site.</summary>
    public const string All = "/feeds/alles.xml";

    /// <summary>Every addition and change ("Nieuw en gewijzigd").</summary>
    public const string NewAndChanged = "/feeds/nieuw-en-gewijzigd.xml";

    /// <summary>The page of the latest additions and changes.</summary>
    public const string NewAndChangedPage = Kennisplatform.Contracts.SitePaths.NewAndChanged;

    /// <summary>The catalogue of all public pages.</summary>
    public const string Catalogue = "/data/catalogus.json";

    /// <summary>Feed of one type (its folder name).</summary>
    public static string OfType(DocumentType type) => $"/feeds/{type.UrlSegment()}.xml";

    /// <summary>Feed of one term of a taxonomy (<c>/feeds/themas/horeca.xml</c>).</summary>
    public static string OfTerm(Taxonomy taxonomy, string slug) => $"/feeds/{taxonomy.Folder}/{slug}.xml";

    /// <summary>Feed of one type within one term ("the guides on theme X", for sites without JavaScript).</summary>
    public static string OfTermAndType(Taxonomy taxonomy, string slug, DocumentType type) => $"/feeds/{taxonomy.Folder}/{slug}/{type.Folder()}.xml";

    /// <summary>The types that have a feed of their own (and one within each theme); meetings come with their circles.</summary>
    public static readonly IReadOnlyList<DocumentType> FeedTypes =
    [
        DocumentType.Praktijkvoorbeeld, DocumentType.Handreiking, DocumentType.Kenniskring, DocumentType.Publicatie, DocumentType.Webinar,
        DocumentType.Nieuws,
    ];

    /// <summary>The folder of the HTML pages that explain how to follow each feed.</summary>
    public const string FollowFolder = Kennisplatform.Contracts.SitePaths.Follow;

    /// <summary>The HTML "volg"-page of a feed: <c>/feeds/themas/x.xml</c> → <c>/volgen/themas/x/</c>.</summary>
    public static string Follow(string feed) => FollowFolder + feed["/feeds/".Length..^".xml".Length] + "/";

    /// <summary>JSON list of one term of a taxonomy (<c>/data/regios/limburg.json</c>).</summary>
    public static string TermList(Taxonomy taxonomy, string slug) => $"/data/{taxonomy.Folder}/{slug}.json";

    /// <summary>
    /// The feeds a document's page advertises: the site's, and for a term page (<paramref name="taxonomy"/>) the term's.
    /// </summary>
    public static IReadOnlyList<Link> ForDocument(Document d, Taxonomy? taxonomy) =>
        taxonomy is null ? [SiteFeed] : [new Link($"{d.Title} — nieuw", OfTerm(taxonomy, d.Slug)), SiteFeed];

    /// <summary>The feeds a listing page advertises; term pages and the glossary are no news, so only the site's.</summary>
    public static IReadOnlyList<Link> ForListing(DocumentType type) =>
        type.IsTermPage() || type == DocumentType.Begrip
            ? [SiteFeed]
            : [new Link($"{Presentation.ListingTitle(type)} — nieuw", OfType(type)), SiteFeed];

    /// <summary>The link to the volg-page of the first (most specific) of the feeds a page offers.</summary>
    public static Link? FollowLink(IReadOnlyList<Link> feeds) =>
        feeds.Count == 0 ? null : new Link($"Volg wat er nieuw is: {feeds[0].Text.Replace(" — nieuw", "", StringComparison.Ordinal)}", Follow(feeds[0].Url));

    /// <summary>The whole site's feed.</summary>
    public static readonly Link SiteFeed = new("Kennisplatform Ondermijning — nieuw", All);
}
