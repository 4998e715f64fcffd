using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Theme.Models;
using static Kennisplatform.Pages.Presentation;

namespace Kennisplatform.Pages;

/// <summary>Builds the listing page of each type.</summary>
public sealed class ListingPageBuilder(Site site, SiteSettings settings)
{
    private static readonly IReadOnlyDictionary<DocumentType, string> Intros = new Dictionary<DocumentType, string>
    {
        [DocumentType.Thema] = "De onderwerpen van de aanpak van ondermijning, met per thema de praktijkvoorbeelden, handreikingen, kenniskringen en publicaties.",
        [DocumentType.Regio] = "De tien RIEC-regio's en de landelijke aanpak, met wat er in elke regio gebeurt.",
        [DocumentType.Praktijkvoorbeeld] = "Projecten en werkwijzen uit de regio's en het land: wat is er gedaan, met wie, en wat leerden de betrokkenen ervan?",
        [DocumentType.Handreiking] = "Praktische handreikingen, protocollen, checklists en menukaarten om mee aan de slag te gaan.",
        [DocumentType.Kenniskring] = "Kenniskringen brengen professionals bij elkaar rond één onderwerp. Per kring de bijeenkomsten en wat die opleverden.",
        [DocumentType.Publicatie] = "Rapporten, Kamerbrieven, essays en adviezen over de aanpak van ondermijning, samengevat.",
        [DocumentType.Webinar] = "Webinars, conferenties en andere bijeenkomsten die niet bij één kenniskring horen.",
        [DocumentType.Begrip] = "Afkortingen en begrippen uit de aanpak van ondermijning. De zoekfunctie gebruikt ze ook als synoniemen.",
    };

    /// <summary>The listing page of a type.</summary>
    public ListingPageModel Build(DocumentType type, string url)
    {
        var title = type.PluralLabel();
        var frame = new PageFrame(title, Intros.GetValueOrDefault(type, title), url, [Home], url,
            CanonicalUrl: settings.Absolute(url), Feeds: FeedPaths.ForListing(type));
        return new ListingPageModel(frame, title, Intros.GetValueOrDefault(type), Sections(type), Filters(type));
    }

    // Per theme and per region, the number of pages of this type, linking to search filtered on both (no words needed).
    private IReadOnlyList<FilterGroup> Filters(DocumentType type)
    {
        if (type is DocumentType.Thema or DocumentType.Regio or DocumentType.Begrip) return [];
        var documents = site.OfType(type).ToList();
        FilterGroup Group(string label, IEnumerable<Document> values, Func<Document, IReadOnlyList<string>> of, string parameter) =>
            new(label, values
                .Select(v => (v, Count: documents.Count(d => of(d).Contains(v.Slug))))
                .Where(x => x.Count > 0)
                .Select(x => new Link($"{x.v.Title} ({x.Count})", SearchUrl.For([(SearchUrl.Type, type.Key()), (parameter, x.v.Slug)])))
                .ToList());
        return new[] { Group("Per thema", site.Themes, d => d.Themes, SearchUrl.Theme), Group("Per regio", site.Regions, d => d.Regions, SearchUrl.Region) }
            .Where(g => g.Links.Count > 0)
            .ToList();
    }

    private IReadOnlyList<ListingSection> Sections(DocumentType type)
    {
        switch (type)
        {
            case DocumentType.Thema:
                return [new ListingSection("Alle thema's", site.Themes.Select(Item).ToList(), "alle")];
            case DocumentType.Regio:
                return [new ListingSection("Alle regio's", site.Regions.Select(Item).ToList(), "alle")];
            case DocumentType.Begrip:
                return [new ListingSection("Van A tot Z", site.OfType(type).OrderBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase).Select(Item).ToList(), "a-z")];
            case DocumentType.Praktijkvoorbeeld:
                var practices = site.OfType(type).ToList();
                return site.Regions
                    .Select(r => new ListingSection(r.Title, practices.Where(p => p.Regions.Contains(r.Slug)).Select(Item).ToList(), "regio-" + r.Slug))
                    .Where(s => s.Items.Count > 0)
                    .ToList();
            default:
                var all = site.OfType(type).Select(Item).ToList();
                return all.Count == 0 ? [] : [new ListingSection("Alle " + type.PluralLabel().ToLowerInvariant(), all, "alle")];
        }
    }
}
