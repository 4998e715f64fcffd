using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using static Kennisplatform.Pages.Presentation;

namespace Kennisplatform.Pages;

/// <summary>The pages of the closed part: its start page, the directory of professionals and one page per document.</summary>
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
        var documents = restricted.Select(r => r.Document).ToList();
        var professionals = documents.Where(d => d.Type == DocumentType.Professional).OrderBy(d => d.Title, StringComparer.CurrentCulture).ToList();
        var other = DocumentPageBuilder.Grouped(documents.Where(d => d.Type != DocumentType.Professional), "besloten");
        var directory = new ListingSection(DocumentType.Professional.PluralLabel(), professionals.Select(Item).ToList(), "netwerk",
            new Link("Het netwerk per regio", SitePaths.Directory));

        pages.Add(Listing(SitePaths.Restricted, "Besloten deel",
            "Vertrouwelijke kennis en het netwerk van professionals, alleen voor overheidsprofessionals van RIEC-convenantpartners.",
            [.. other, directory], [Home]));
        pages.Add(Listing(SitePaths.Directory, DocumentType.Professional.PluralLabel(),
            "Vind collega's bij andere convenantpartners die aan hetzelfde thema of in dezelfde regio werken.",
            site.Regions.Select(r => new ListingSection(r.Title, professionals.Where(p => p.Regions.Contains(r.Slug)).Select(Item).ToList(), "regio-" + r.Slug))
                .Where(s => s.Items.Count > 0).ToList(),
            [Home, RestrictedHome]));
        return pages;
    }

    private static OutputPage Listing(string url, string title, string intro, IReadOnlyList<ListingSection> sections, IReadOnlyList<Link> crumbs) =>
        new(OutputPage.FileFor(url), new PageRequest(typeof(ListingPage), new ListingPageModel(
            new PageFrame(title, intro, url, crumbs, Restricted: true), title, intro, sections)));
}
