using Kennisplatform.Content;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using static Kennisplatform.Pages.Presentation;

namespace Kennisplatform.Pages;

/// <summary>Every page of the public site: home, one page per document, a listing per type, and the 404 page.</summary>
public static class SitePageSet
{
    /// <summary>The pages to render; <paramref name="related"/> gives the "Zie ook" entries per URL.</summary>
    public static IReadOnlyList<OutputPage> Create(
        Site site,
        IReadOnlyList<RenderedDocument> documents,
        Func<Document, IReadOnlyList<ListingItem>> related,
        SiteSettings? settings = null) =>
        [.. DocumentPages(site, documents, related, settings), .. SitePages(site, documents, settings)];

    /// <summary>
    /// One page per document (the home page for the document at <c>/</c>), each made when first asked for, with the
    /// document and its "Zie ook" list as its inputs besides the site.
    /// </summary>
    public static IReadOnlyList<OutputPage> DocumentPages(
        Site site,
        IReadOnlyList<RenderedDocument> documents,
        Func<Document, IReadOnlyList<ListingItem>> related,
        SiteSettings? settings = null)
    {
        settings ??= SiteSettings.Default;
        var pages = new List<OutputPage>(documents.Count);
        var documentPages = new DocumentPageBuilder(site, settings);
        foreach (var rendered in documents)
        {
            var d = rendered.Document;
            if (d.Url == "/")
            {
                pages.Add(new OutputPage("index.html", () => new PageRequest(typeof(HomePage), HomeModel(site, rendered, settings)), d));
                continue;
            }
            var list = related(d);
            pages.Add(new OutputPage(OutputPage.FileFor(d.Url), () => new PageRequest(typeof(DocumentPage), documentPages.Build(rendered, list)), d, list));
        }
        return pages;
    }

    /// <summary>
    /// The pages that follow from the site alone (its documents' metadata and the settings): the listings (also of all
    /// pages based on a long-cited publication), the home page when no document is at <c>/</c>, the volg-pages,
    /// "Nieuw en gewijzigd" and the 404 page.
    /// </summary>
    public static IReadOnlyList<OutputPage> SitePages(Site site, IReadOnlyList<RenderedDocument> documents, SiteSettings? settings = null)
    {
        settings ??= SiteSettings.Default;
        var pages = new List<OutputPage>();
        var listings = new ListingPageBuilder(site, settings);
        foreach (var (type, url) in SiteUrls.Listings)
        {
            foreach (var (path, model) in listings.BuildPaged(type, url))
            {
                pages.Add(new OutputPage(OutputPage.FileFor(path), new PageRequest(typeof(ListingPage), model)));
            }
        }
        foreach (var (path, model) in new BasedOnPages(site, settings).Lists())
        {
            pages.Add(new OutputPage(OutputPage.FileFor(path), new PageRequest(typeof(ListingPage), model)));
        }
        foreach (var taxonomy in SiteUrls.TaxonomyListings(site.Taxonomies))
        {
            pages.Add(new OutputPage(OutputPage.FileFor(taxonomy.ListingUrl), new PageRequest(typeof(ListingPage), listings.Build(taxonomy))));
        }
        if (!documents.Any(r => r.Document.Url == "/"))
        {
            pages.Add(new OutputPage("index.html", new PageRequest(typeof(HomePage), HomeModel(site, null, settings))));
        }
        pages.AddRange(FollowPages.Create(site, settings));
        pages.Add(NewAndChangedPage.Create(site, settings));
        pages.Add(new OutputPage("404.html", new PageRequest(typeof(NotFoundPage), NotFound())));
        return pages;
    }

    /// <summary>The model of the 404 page (also used by the host).</summary>
    public static NotFoundPageModel NotFound() =>
        new(new PageFrame("Pagina niet gevonden", "Deze pagina bestaat niet.", "/404.html", [Home], NoIndex: true));

    private static HomePageModel HomeModel(Site site, RenderedDocument? home, SiteSettings settings)
    {
        var title = home?.Document.Title ?? SiteNavigation.SiteName;
        var frame = new PageFrame(title, home?.Document.Summary ?? SiteNavigation.SiteName, "/", [],
            CanonicalUrl: settings.Absolute("/"), Feeds: [FeedPaths.SiteFeed],
            Follow: new Link("Volg wat er nieuw is op het kennisplatform", FeedPaths.Follow(FeedPaths.All)));
        // The count says what it counts: the newest few of how many there are.
        ListingSection Newest(DocumentType type, string heading, int count)
        {
            var all = site.OfType(type).ToList();
            var shown = all.Take(count).Select(Item).ToList();
            var label = type == DocumentType.Nieuws ? "Al het nieuws" : $"Alle {all.Count} {type.PluralLabel().ToLowerInvariant()}";
            return new ListingSection(heading, shown, "nieuw-" + type.Key(),
                new Link(label, $"/{type.UrlSegment()}/"),
                shown.Count < all.Count ? $"{shown.Count} nieuwste van {all.Count}" : null);
        }
        var sections = new[]
            {
                Newest(DocumentType.Nieuws, "Actueel", 3),
                Newest(DocumentType.Praktijkvoorbeeld, "Nieuwste praktijkvoorbeelden", 6),
                Newest(DocumentType.Handreiking, "Nieuwste handreikingen", 6),
                Newest(DocumentType.Publicatie, "Nieuwste publicaties", 4),
            }
            .Where(s => s.Items.Count > 0)
            .ToList();
        var themes = site.Themes.Select(t => new ThemeCard(t.Title, t.Url, HomeGuide.FirstSentence(t.Summary))).ToList();
        var (guide, intro) = HomeGuide.Split(home?.Markdown.Html ?? "");
        return new HomePageModel(frame, title, home?.Document.Summary ?? "", guide, intro, themes, sections);
    }
}
