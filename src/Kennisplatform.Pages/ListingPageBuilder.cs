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
    /// The pages of a type's listing with their paths. News is a timeline of <see cref="NewsPageSize"/> items per page
    /// (<c>/actueel/</c>, <c>/actueel/pagina/2/</c>, …); any other type is one page while it has at most
    /// <see cref="ListingLimits.Listing"/> entries, and else paged the same way, <see cref="ListingLimits.PageSize"/>
    /// per page, newest first, the first page led by the newest few per group where the table groups the listing.
    /// </summary>
    public IEnumerable<(string Path, ListingPageModel Model)> BuildPaged(DocumentType type, string url)
    {
        var documents = site.OfType(type).ToList();
        if (type != DocumentType.Nieuws && (documents.Count <= ListingLimits.Listing || site.Taxonomies.Any(t => t.ListingUrl == url)))
        {
            yield return (url, Build(type, url));
            yield break;
        }
        var news = type == DocumentType.Nieuws;
        var size = news ? NewsPageSize : ListingLimits.PageSize;
        var count = Math.Max(1, (documents.Count + size - 1) / size);
        var filters = Filters(type);
        var plural = type.PluralLabel().ToLowerInvariant();
        for (var number = 1; number <= count; number++)
        {
            var path = SiteUrls.ListingPage(url, number);
            var items = documents.Skip((number - 1) * size).Take(size).Select(Item).ToList();
            var heading = news
                ? count == 1 ? "Al het nieuws" : $"Nieuws, pagina {number} van {count}"
                : $"Alle {plural}, nieuwste eerst" + (number == 1 ? "" : $", pagina {number} van {count}");
            var sections = new List<ListingSection>();
            if (number == 1 && !news) sections.AddRange(Overview(type, documents));
            if (items.Count > 0)
            {
                sections.Add(news
                    ? new ListingSection(heading, items, "nieuws", new Link("Nieuw en gewijzigd op het hele platform", FeedPaths.NewAndChangedPage))
                    : new ListingSection(heading, items, "alle", CountText: $"{(number - 1) * size + 1}–{(number - 1) * size + items.Count} van {documents.Count}"));
            }
            var paging = PageNumbers.For(news ? "Nieuwspagina's" : $"Pagina's met {plural}", number, count, n => SiteUrls.ListingPage(url, n));
            yield return (path, Model(type, url, path, sections, filters) with { Paging = paging });
        }
    }

    // Above a paged listing the table groups (practices per region): per term the newest few, anchored as the whole
    // grouped listing is, each with a link to all of the term's entries in search.
    private IEnumerable<ListingSection> Overview(DocumentType type, IReadOnlyList<Document> documents)
    {
        if (site.Taxonomies.FirstOrDefault(t => t.GroupsListings.Contains(type.Key())) is not { } grouping) return [];
        var plural = type.PluralLabel().ToLowerInvariant();
        var byTerm = ByTerm(documents, grouping);
        return site.Terms(grouping)
            .Select(term => ListingLimits.Capped(term.Title, byTerm.GetValueOrDefault(term.Slug) ?? [],
                ListingLimits.Overview, $"{grouping.Parameter}-{term.Slug}", Item,
                total => new Link($"Alle {total} {plural} uit {term.Title}", SiteUrls.TypeAndTermSearch(type, grouping, term.Slug))))
            .Where(s => s.Items.Count > 0);
    }

    private ListingPageModel Model(DocumentType type, string listing, string path, IReadOnlyList<ListingSection> sections,
        IReadOnlyList<FilterGroup>? filters = null)
    {
        var title = ListingTitle(type);
        var frame = new PageFrame(title, Intros.GetValueOrDefault(type, title), path, [Home], listing,
            CanonicalUrl: settings.Absolute(path), Feeds: FeedPaths.ForListing(type), Follow: FeedPaths.FollowLink(FeedPaths.ForListing(type)));
        return new ListingPageModel(frame, title, Intros.GetValueOrDefault(type), sections, filters ?? Filters(type));
    }

    // Per term of each taxonomy, the number of pages of this type, linking to search filtered on both (no words needed).
    private IReadOnlyList<FilterGroup> Filters(DocumentType type)
    {
        if (type.IsTermPage() || type == DocumentType.Begrip) return [];
        var documents = site.OfType(type).ToList();
        FilterGroup Group(Taxonomy taxonomy)
        {
            var byTerm = ByTerm(documents, taxonomy);
            return new("Per " + taxonomy.Label.ToLowerInvariant(), site.Terms(taxonomy)
                .Select(v => (v, Count: byTerm.GetValueOrDefault(v.Slug)?.Count ?? 0))
                .Where(x => x.Count > 0)
                .Select(x => new Link($"{x.v.Title} ({x.Count})", SiteUrls.TypeAndTermSearch(type, taxonomy, x.v.Slug)))
                .ToList());
        }
        return site.Taxonomies.Select(Group)
            .Where(g => g.Links.Count > 0)
            .ToList();
    }

    /// <summary>
    /// Per term slug, the documents that name it (each once, in the order given): one pass over the documents instead
    /// of one per term, since a listing of thousands of pages is grouped and counted by dozens of terms.
    /// </summary>
    private static Dictionary<string, List<Document>> ByTerm(IReadOnlyList<Document> documents, Taxonomy taxonomy)
    {
        var byTerm = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var slug in document.Terms(taxonomy).Distinct(StringComparer.Ordinal))
            {
                if (!byTerm.TryGetValue(slug, out var named)) byTerm[slug] = named = [];
                named.Add(document);
            }
        }
        return byTerm;
    }

    private IReadOnlyList<ListingSection> Sections(DocumentType type)
    {
        // A listing the table groups per term (practices per region): a section per term, anchored by its parameter.
        if (site.Taxonomies.FirstOrDefault(t => t.GroupsListings.Contains(type.Key())) is { } grouping)
        {
            var byTerm = ByTerm(site.OfType(type).ToList(), grouping);
            return site.Terms(grouping)
                .Select(r => new ListingSection(r.Title, (byTerm.GetValueOrDefault(r.Slug) ?? []).Select(Item).ToList(), $"{grouping.Parameter}-{r.Slug}"))
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
