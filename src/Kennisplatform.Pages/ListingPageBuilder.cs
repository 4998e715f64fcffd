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
        [DocumentType.Praktijkvoorbeeld] = "Projecten en werkwijzen uit de regio's en het land: wat is er gedaan, met wie, en wat leerden de betrokkenen ervan?",
        [DocumentType.Handreiking] = "Praktische handreikingen, protocollen, checklists en menukaarten om mee aan de slag te gaan.",
        [DocumentType.Kenniskring] = "Kenniskringen brengen professionals bij elkaar rond één onderwerp. Per kring de bijeenkomsten en wat die opleverden.",
        [DocumentType.Publicatie] = "Rapporten, Kamerbrieven, essays en adviezen over de aanpak van ondermijning, samengevat.",
        [DocumentType.Webinar] = "Webinars, conferenties en andere bijeenkomsten die niet bij één kenniskring horen.",
        [DocumentType.Nieuws] = "Nieuws over de aanpak van ondermijning en over het kennisplatform, het nieuwste eerst.",
        [DocumentType.Begrip] = "Afkortingen en begrippen uit de aanpak van ondermijning. De zoekfunctie gebruikt ze ook als synoniemen.",
    };

    /// <summary>News items per page of <c>/actueel/</c>.</summary>
    public const int NewsPageSize = 10;

    /// <summary>The listing page of a type (for themes and regions: of their taxonomy, <see cref="Build(Taxonomy)"/>).</summary>
    public ListingPageModel Build(DocumentType type, string url) =>
        site.Taxonomies.FirstOrDefault(t => t.ListingUrl == url) is { } taxonomy ? Build(taxonomy) : Model(type, url, url, Sections(type));

    /// <summary>The listing of a taxonomy's terms, in the table's order (<c>/themas/</c>).</summary>
    public ListingPageModel Build(Taxonomy taxonomy)
    {
        var url = taxonomy.ListingUrl;
        var frame = new PageFrame(taxonomy.PluralLabel, taxonomy.Intro ?? taxonomy.PluralLabel, url, [Home], url,
            CanonicalUrl: settings.Absolute(url), Feeds: [FeedPaths.SiteFeed], Follow: FeedPaths.FollowLink([FeedPaths.SiteFeed]));
        var terms = site.Terms(taxonomy).Select(Item).ToList();
        return new ListingPageModel(frame, taxonomy.PluralLabel, taxonomy.Intro,
            [new ListingSection("Alle " + taxonomy.PluralLabel.ToLowerInvariant(), terms, "alle")], []);
    }

    /// <summary>
    /// The pages of a type's listing with their paths: one page, except news, which is a timeline of
    /// <see cref="NewsPageSize"/> items per page (<c>/actueel/</c>, <c>/actueel/pagina/2/</c>, …).
    /// </summary>
    public IEnumerable<(string Path, ListingPageModel Model)> BuildPaged(DocumentType type, string url)
    {
        if (type != DocumentType.Nieuws)
        {
            yield return (url, Build(type, url));
            yield break;
        }
        var news = site.OfType(type).ToList();
        var count = Math.Max(1, (news.Count + NewsPageSize - 1) / NewsPageSize);
        for (var number = 1; number <= count; number++)
        {
            var path = SiteUrls.ListingPage(url, number);
            var items = news.Skip((number - 1) * NewsPageSize).Take(NewsPageSize).Select(Item).ToList();
            var heading = count == 1 ? "Al het nieuws" : $"Nieuws, pagina {number} van {count}";
            IReadOnlyList<ListingSection> sections = items.Count == 0 ? [] :
                [new ListingSection(heading, items, "nieuws", new Link("Nieuw en gewijzigd op het hele platform", FeedPaths.NewAndChangedPage))];
            var paging = new PageLinks("Nieuwspagina's",
                Enumerable.Range(1, count).Select(n => new Link(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n == number ? "" : SiteUrls.ListingPage(url, n))).ToList(),
                number > 1 ? new Link("Vorige", SiteUrls.ListingPage(url, number - 1)) : null,
                number < count ? new Link("Volgende", SiteUrls.ListingPage(url, number + 1)) : null);
            yield return (path, Model(type, url, path, sections) with { Paging = paging });
        }
    }

    private ListingPageModel Model(DocumentType type, string listing, string path, IReadOnlyList<ListingSection> sections)
    {
        var title = ListingTitle(type);
        var frame = new PageFrame(title, Intros.GetValueOrDefault(type, title), path, [Home], listing,
            CanonicalUrl: settings.Absolute(path), Feeds: FeedPaths.ForListing(type), Follow: FeedPaths.FollowLink(FeedPaths.ForListing(type)));
        return new ListingPageModel(frame, title, Intros.GetValueOrDefault(type), sections, Filters(type));
    }

    // Per term of each taxonomy, the number of pages of this type, linking to search filtered on both (no words needed).
    private IReadOnlyList<FilterGroup> Filters(DocumentType type)
    {
        if (type.IsTermPage() || type == DocumentType.Begrip) return [];
        var documents = site.OfType(type).ToList();
        // News is a timeline: its filtered view in search keeps the newest first.
        (string, string)[] order = type == DocumentType.Nieuws ? [(SearchUrl.Sort, SearchUrl.SortByDate)] : [];
        FilterGroup Group(Taxonomy taxonomy) =>
            new("Per " + taxonomy.Label.ToLowerInvariant(), site.Terms(taxonomy)
                .Select(v => (v, Count: documents.Count(d => d.Terms(taxonomy).Contains(v.Slug))))
                .Where(x => x.Count > 0)
                .Select(x => new Link($"{x.v.Title} ({x.Count})", SearchUrl.For([(SearchUrl.Type, type.Key()), (taxonomy.Parameter, x.v.Slug), .. order])))
                .ToList());
        return site.Taxonomies.Select(Group)
            .Where(g => g.Links.Count > 0)
            .ToList();
    }

    private IReadOnlyList<ListingSection> Sections(DocumentType type)
    {
        // A listing the table groups per term (practices per region): a section per term, anchored by its parameter.
        if (site.Taxonomies.FirstOrDefault(t => t.GroupsListings.Contains(type.Key())) is { } grouping)
        {
            var pages = site.OfType(type).ToList();
            return site.Terms(grouping)
                .Select(r => new ListingSection(r.Title, pages.Where(p => p.Terms(grouping).Contains(r.Slug)).Select(Item).ToList(), $"{grouping.Parameter}-{r.Slug}"))
                .Where(s => s.Items.Count > 0)
                .ToList();
        }
        switch (type)
        {
            case DocumentType.Begrip:
                return [new ListingSection("Van A tot Z", site.OfType(type).OrderBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase).Select(Item).ToList(), "a-z")];
            default:
                var all = site.OfType(type).Select(Item).ToList();
                return all.Count == 0 ? [] : [new ListingSection("Alle " + type.PluralLabel().ToLowerInvariant(), all, "alle")];
        }
    }
}
