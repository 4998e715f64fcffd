using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using static Kennisplatform.Pages.Presentation;

namespace Kennisplatform.Pages;

/// <summary>
/// The pages of the closed part: its start page and one page per document. The network of professionals under
/// <see cref="SitePaths.Directory"/> is not built: the host serves it live from its database.
/// </summary>
public static class RestrictedPageSet
{
    /// <summary>
    /// The pages, with file paths relative to the restricted pages folder; <paramref name="site"/> holds all documents
    /// (public and closed) so that closed pages can link to public ones.
    /// </summary>
    public static IReadOnlyList<OutputPage> Create(Site site, IReadOnlyList<RenderedDocument> restricted, SiteSettings settings)
    {
        var documentPages = new DocumentPageBuilder(site, settings);
        var pages = restricted
            .Select(r => new OutputPage(OutputPage.FileFor(r.Document.Url), new PageRequest(typeof(DocumentPage), documentPages.Build(r, []))))
            .ToList();
        var other = DocumentPageBuilder.Grouped(restricted.Select(r => r.Document), "besloten");
        var network = new ListingSection("Netwerk van professionals",
            [new ListingItem("Het netwerk", SitePaths.Directory, "Netwerk",
                "Vind collega's bij andere convenantpartners op thema en regio, zie welke projecten nu lopen en stel uw vraag aan het netwerk.")],
            "netwerk");

        pages.Add(Listing(SitePaths.Restricted, "Besloten deel",
            "Vertrouwelijke kennis en het netwerk van professionals, alleen voor overheidsprofessionals van RIEC-convenantpartners.",
            [.. other, network], [Home]));
        return pages;
    }

    private static OutputPage Listing(string url, string title, string intro, IReadOnlyList<ListingSection> sections, IReadOnlyList<Link> crumbs) =>
        new(OutputPage.FileFor(url), new PageRequest(typeof(ListingPage), new ListingPageModel(
            new PageFrame(title, intro, url, crumbs, Restricted: true), title, intro, sections)));
}
