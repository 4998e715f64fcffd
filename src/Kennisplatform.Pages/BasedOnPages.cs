using Kennisplatform.Content;
using Kennisplatform.Theme.Models;
using static Kennisplatform.Pages.Presentation;

namespace Kennisplatform.Pages;

/// <summary>
/// The pages based on a publication (those naming it in <c>sources</c>, newest first): the section "Gebaseerd op deze
/// publicatie" on its page, and, when that section shows only the newest <see cref="ListingLimits.BasedOn"/>, a paged
/// list of all of them at <c>/publicaties/&lt;slug&gt;/gebaseerd-op/</c> that the section links to. The search has no
/// filter on sources, so this list is where "all of them" goes. A closed publication gets no such list (the closed part
/// has no pages of its own for it, and a public one must never be made for it): its section shows the newest only.
/// </summary>
public sealed class BasedOnPages(Site site, SiteSettings settings)
{
    private const string SectionId = "gebaseerd-op";

    private readonly Lazy<ILookup<string, Document>> _bySource = new(() => site.Documents
        .SelectMany(o => o.Sources.Distinct(StringComparer.Ordinal), (o, source) => (Source: source, Page: o))
        .ToLookup(x => x.Source, x => x.Page, StringComparer.Ordinal));

    /// <summary>The address of the list of all pages based on <paramref name="publication"/>.</summary>
    public static string Url(Document publication) => publication.Url + "gebaseerd-op/";

    /// <summary>The pages based on <paramref name="publication"/>, in the site's order (newest first), without itself.</summary>
    public IReadOnlyList<Document> Of(Document publication) =>
        publication.Type == DocumentType.Publicatie ? _bySource.Value[publication.Slug].Where(o => o != publication).ToList() : [];

    /// <summary>The section on the publication's page: the newest pages based on it, linking to all when some are left out.</summary>
    public IReadOnlyList<ListingSection> Section(Document publication) => Of(publication) is { Count: > 0 } based
        ? [ListingLimits.Capped("Gebaseerd op deze publicatie", based, ListingLimits.BasedOn, SectionId, Item,
            total => publication.IsRestricted ? null : new Link($"Alle {total} pagina's gebaseerd op deze publicatie", Url(publication)))]
        : [];

    /// <summary>
    /// The pages of the lists of all pages based on a publication, with their paths: one list for each publication
    /// whose section leaves some out, <see cref="ListingLimits.PageSize"/> per page, newest first.
    /// </summary>
    public IEnumerable<(string Path, ListingPageModel Model)> Lists()
    {
        foreach (var publication in site.OfType(DocumentType.Publicatie))
        {
            var based = Of(publication);
            if (based.Count <= ListingLimits.BasedOn || publication.IsRestricted) continue;
            var url = Url(publication);
            var count = (based.Count + ListingLimits.PageSize - 1) / ListingLimits.PageSize;
            var title = $"Gebaseerd op {publication.Title}";
            for (var number = 1; number <= count; number++)
            {
                var path = SiteUrls.ListingPage(url, number);
                var first = (number - 1) * ListingLimits.PageSize;
                var items = based.Skip(first).Take(ListingLimits.PageSize).Select(Item).ToList();
                var heading = "Alle pagina's gebaseerd op deze publicatie, nieuwste eerst" + (number == 1 ? "" : $", pagina {number} van {count}");
                var frame = new PageFrame(title, $"Alle {based.Count} pagina's gebaseerd op {publication.Title}.", path,
                    [.. Breadcrumbs(publication, site), new Link(publication.Title, publication.Url)], Presentation.Section(publication, site),
                    CanonicalUrl: settings.Absolute(path));
                var section = new ListingSection(heading, items, SectionId, CountText: $"{first + 1}–{first + items.Count} van {based.Count}");
                var paging = PageNumbers.For($"Pagina's gebaseerd op {publication.Title}", number, count, n => SiteUrls.ListingPage(url, n));
                yield return (path, new ListingPageModel(frame, title, $"Pagina's die {publication.Title} als bron noemen, het nieuwste eerst.", [section])
                {
                    Paging = paging,
                });
            }
        }
    }
}
