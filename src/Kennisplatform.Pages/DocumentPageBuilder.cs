using System.Net;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Theme.Models;
using static Kennisplatform.Pages.Presentation;

namespace Kennisplatform.Pages;

/// <summary>Builds the page model of one document: metadata per type, contents, generated lists and sources.</summary>
public sealed class DocumentPageBuilder(Site site, SiteSettings settings)
{
    /// <summary>How many related pages "Zie ook" shows.</summary>
    public const int SeeAlsoLength = 5;

    // Per publication slug, the pages based on it, in the site's order: one pass over the site for all publication pages.
    private readonly BasedOnPages _basedOn = new(site, settings);

    /// <summary>The model for a document page; <paramref name="related"/> comes from the index ("Zie ook").</summary>
    public DocumentPageModel Build(RenderedDocument rendered, IReadOnlyList<ListingItem> related)
    {
        var d = rendered.Document;
        var taxonomy = site.TaxonomyOf(d);
        var feeds = FeedPaths.ForDocument(d, taxonomy);
        var frame = new PageFrame(d.Title, d.Summary, d.Url, Breadcrumbs(d, site), Section(d, site),
            CanonicalUrl: settings.Absolute(d.Url), Feeds: feeds,
            OpenGraphType: taxonomy is not null || d.Type == DocumentType.Pagina ? "website" : "article",
            Restricted: d.IsRestricted,
            Follow: taxonomy is not null ? FeedPaths.FollowLink(feeds) : null);
        var body = Takeaways(d) + rendered.Markdown.Html;
        var sections = Sections(d);
        // "Op deze pagina" covers the generated lists too; "Zie ook" leaves out what those lists already show.
        var freshness = PageFreshnessOf(d);
        var contents = rendered.Markdown.Headings.Where(h => h.Level == 2).Select(h => new Link(h.Text, "#" + h.Id))
            .Concat(sections.Select(s => new Link(s.Heading, "#" + Theme.Components.Sections.SectionId(s))))
            .Concat(freshness.Changes.Count > 0 ? [new Link("Wijzigingen", "#wijzigingen")] : [])
            .ToList();
        var listed = sections.SelectMany(s => s.Items).Select(i => i.Url).ToHashSet(StringComparer.Ordinal);
        var seeAlso = related.Where(r => !listed.Contains(r.Url)).Take(SeeAlsoLength).ToList();
        var sources = d.Sources
            .Where(s => s != d.Slug || d.Type != DocumentType.Publicatie)
            .Select(s => site.BySlug(DocumentType.Publicatie, s) is { } p ? new Link(p.Title, p.Url) : new Link(s, ""))
            .ToList();
        if (Origin(d) is { } origin) sources.Add(origin);
        if (d.Type == DocumentType.Publicatie && d.Sources.Contains(d.Slug))
        {
            sources.Insert(0, new Link("Deze publicatie is zelf een brondocument van het platform.", ""));
        }
        return new DocumentPageModel(frame, d.Type.Label(), d.Title, d.Summary, d.Date?.ToDutch(), d.Date?.ToIso(),
            Metadata(d), body, contents, sections, sources, seeAlso, freshness);
    }

    /// <summary>
    /// How current the page is (rules in <see cref="Freshness"/>): its latest change and the list of changes, its review,
    /// or without one its last update, and its owner. No review date is ever shown that the page does not give.
    /// </summary>
    public static PageFreshness PageFreshnessOf(Document d)
    {
        static ShownDate Shown(PartialDate date) => new(date.ToDutch(), date.ToIso());
        static ShownDate Day(DateOnly day) => Shown(new PartialDate(day, DatePrecision.Day));
        var changes = d.ChangeNotes.Select(n => new ChangeItem(Day(n.Date), n.Text)).ToList();
        return new PageFreshness(
            Freshness.LatestChange(d) is { } latest ? Day(latest.Date) : null,
            d.LastReviewed is { } reviewed ? Shown(reviewed) : null,
            Freshness.LastUpdate(d) is { } updated ? Shown(updated) : null,
            d.Owner,
            changes,
            d.Date is { } published ? Shown(published) : null);
    }

    // A news item's `bron`: one of our publications, or the external original it reports on.
    private Link? Origin(Document d) => d.Text("bron") switch
    {
        null => null,
        var slug when site.BySlug(DocumentType.Publicatie, slug) is { } p => new Link(p.Title, p.Url),
        var url when Uri.TryCreate(url, UriKind.Absolute, out var uri) => new Link($"Het origineel op {uri.Host}", uri.AbsoluteUri),
        var other => new Link(other, ""),
    };

    private static string Takeaways(Document d)
    {
        var points = d.List("takeaways");
        if (points.Count == 0) return "";
        var items = string.Concat(points.Select(p => $"<li>{WebUtility.HtmlEncode(p)}</li>"));
        return $"<h2 id=\"kp-belangrijkste-punten\">Belangrijkste punten</h2>\n<ul>{items}</ul>\n";
    }

    // The fields the schema marks as shown (ContentSchema), in its order, each written as its kind asks; the taxonomies
    // every type shares (themes, regions, …) come after what is particular to the type, and a meeting first names its circle.
    private IReadOnlyList<MetadataItem> Metadata(Document d)
    {
        var items = new List<MetadataItem>();
        if (d.Circle is { } c && site.BySlug(DocumentType.Kenniskring, c) is { } ring) items.Add(new("Kenniskring", [new Link(ring.Title, ring.Url)]));
        foreach (var field in ContentSchema.For(d.Type, site.Taxonomies).Where(f => f.Label is not null).OrderBy(f => f.Name == f.Taxonomy))
        {
            var values = Values(d, field);
            if (values.Count > 0) items.Add(new MetadataItem(field.Label!, values));
        }
        return items;
    }

    private IReadOnlyList<Link> Values(Document d, FieldRule field) => field switch
    {
        { Name: "status" } => Texts(d.Text("status") is { } s ? [StatusText(s, d.Text("status_date"))] : []),
        { Name: "email" } => d.Text("email") is { } email ? [new Link(email, "mailto:" + email)] : [],
        // A RIEC region's contact organisation is the RIEC itself unless the page names another.
        { Name: "contact" } when d.Type == DocumentType.Regio =>
            Texts(d.Text("contact") is { } contact ? [contact] : d.Text("riec") == "true" ? [d.Title] : []),
        { Kind: FieldKind.Date } => Texts(PartialDate.TryParse(d.Text(field.Name), out var date) ? [date.ToDutch()] : []),
        { Kind: FieldKind.TermList } => TermLinks(site.Taxonomy(field.Taxonomy!), d.List(field.Name), site),
        { Kind: FieldKind.TextList } => Texts(d.List(field.Name)),
        _ => Texts(d.Text(field.Name) is { } t ? [Known(t)] : []),
    };

    private IReadOnlyList<ListingSection> Sections(Document d) => site.TaxonomyOf(d) is { } taxonomy ? TermSections(taxonomy, d) : d.Type switch
    {
        DocumentType.Kenniskring => site.MeetingsOf(d.Slug).Select(Item).ToList() is { Count: > 0 } meetings
            ? [new ListingSection("Bijeenkomsten", meetings, "bijeenkomsten")]
            : [],
        DocumentType.Publicatie => _basedOn.Section(d),
        _ => [],
    };

    /// <summary>
    /// What belongs to a term (<see cref="Site.Members"/>), each page once, grouped by type, the newest
    /// <see cref="ListingLimits.Section"/> per type with a link to all of them; labelled with the terms of another
    /// taxonomy when the table says so (a region's pages show their themes).
    /// </summary>
    private IReadOnlyList<ListingSection> TermSections(Taxonomy taxonomy, Document term)
    {
        var labels = taxonomy.ItemLabels is { } key ? site.Taxonomy(key) : null;
        return Grouped(site.Members(taxonomy, term.Slug), taxonomy.Anchor ?? "in-" + taxonomy.Folder,
            labels is null ? null : d => Item(d) with { Labels = TermLinks(labels, d.Terms(labels), site) },
            (type, total) => AllOf(taxonomy, term.Slug, term.Title, type, total));
    }

    // All of a term's pages of one type: the search filtered on both, which lists them newest first without words; for a
    // type that belongs to every term (national guides on each region), which that filter would not find, its listing.
    private static Link AllOf(Taxonomy taxonomy, string slug, string title, DocumentType type, int total) =>
        taxonomy.EverywhereTypes.Contains(type.Key())
            ? new Link($"Alle {type.PluralLabel().ToLowerInvariant()}", $"/{type.UrlSegment()}/")
            : new Link($"Alle {total} {type.PluralLabel().ToLowerInvariant()} bij {title}",
                SiteUrls.TypeAndTermSearch(type, taxonomy, slug));

    private static readonly List<DocumentType> TypeOrder =
    [
        DocumentType.Praktijkvoorbeeld, DocumentType.Handreiking, DocumentType.Kenniskring, DocumentType.Bijeenkomst,
        DocumentType.Webinar, DocumentType.Publicatie, DocumentType.Nieuws,
    ];

    /// <summary>
    /// Documents grouped per type in a fixed, useful order; <paramref name="item"/> maps each to its entry. With
    /// <paramref name="all"/> (given the type and its total) a group shows its newest <see cref="ListingLimits.Section"/>
    /// and links to all of them.
    /// </summary>
    public static IReadOnlyList<ListingSection> Grouped(IEnumerable<Document> documents, string idPrefix,
        Func<Document, ListingItem>? item = null, Func<DocumentType, int, Link>? all = null)
    {
        var list = documents.ToList();
        return TypeOrder
            .Select(t => (Type: t, Documents: list.Where(d => d.Type == t).ToList()))
            .Where(g => g.Documents.Count > 0)
            .Select(g => ListingLimits.Capped(g.Type.PluralLabel(), g.Documents, all is null ? int.MaxValue : ListingLimits.Section,
                $"{idPrefix}-{g.Type.Key()}", item ?? Item, total => all?.Invoke(g.Type, total)))
            .ToList();
    }
}
