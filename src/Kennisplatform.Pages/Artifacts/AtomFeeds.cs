using Kennisplatform.Content;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>
/// Atom 1.0 feeds of what is new or changed (newest 50 entries each): the whole site, each type, each term of each
/// taxonomy (<see cref="Site.Members"/> and the term's page), and each type within a term where the table asks for it
/// (themes). A page is in a feed from the day it was last news (<see cref="Freshness.NewsDate"/>): its latest change
/// note, else its first publication; reference pages (term pages, glossary) only once they changed.
/// </summary>
public sealed class AtomFeeds(Site site, SiteSettings settings)
{
    /// <summary>The most entries a feed has.</summary>
    public const int MaxEntries = 50;

    private const string SiteName = AtomDocument.SiteName;

    /// <summary>Every feed with its entries, for the feed files and their "volg"-pages.</summary>
    public IReadOnlyList<SiteFeed> All()
    {
        var entries = site.Documents.Where(d => Freshness.NewsDate(d) is not null).ToList();
        var feeds = new List<SiteFeed>
        {
            new(FeedPaths.All, SiteName, "Nieuw en gewijzigd op het Kennisplatform Ondermijning.", "/", Newest(entries), []),
            new(FeedPaths.NewAndChanged, $"Nieuw en gewijzigd — {SiteName}",
                "Elke nieuwe pagina en elke inhoudelijke wijziging op het platform, het nieuwste eerst.", FeedPaths.NewAndChangedPage,
                NewAndChanged(site.Documents), []),
        };
        foreach (var type in FeedPaths.FeedTypes)
        {
            feeds.Add(new SiteFeed(FeedPaths.OfType(type), $"{Presentation.ListingTitle(type)} — {SiteName}",
                type == DocumentType.Nieuws ? "Nieuws over de aanpak van ondermijning." : $"Nieuwe {type.PluralLabel().ToLowerInvariant()}.",
                $"/{type.UrlSegment()}/", Newest(entries.Where(d => Of(type, d))), []));
        }
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in site.Terms(taxonomy))
            {
                // What belongs to the term, and the term's page itself once it changed.
                var members = site.Members(taxonomy, term.Slug).Append(term).Where(d => Freshness.NewsDate(d) is not null).ToList();
                var narrower = taxonomy.FeedsPerType
                    ? FeedPaths.FeedTypes
                        .Select(type => new SiteFeed(FeedPaths.OfTermAndType(taxonomy, term.Slug, type),
                            $"{type.PluralLabel()} over {term.Title} — {SiteName}",
                            $"Nieuwe {type.PluralLabel().ToLowerInvariant()} over {term.Title}.", term.Url,
                            Newest(members.Where(d => Of(type, d))), []))
                        .ToList()
                    : [];
                feeds.Add(new SiteFeed(FeedPaths.OfTerm(taxonomy, term.Slug), $"{term.Title} — {SiteName}", term.Summary, term.Url, Newest(members), narrower));
                feeds.AddRange(narrower);
            }
        }
        return feeds;
    }

    /// <summary>The feed files.</summary>
    public IEnumerable<OutputFile> Create() => All().Select(Write);

    /// <summary>
    /// The latest <see cref="MaxEntries"/> additions and changes, newest first: each page's first publication (reference
    /// pages have none) and each of its change notes, as separate items.
    /// </summary>
    public static IReadOnlyList<FeedItem> NewAndChanged(IEnumerable<Document> documents) =>
        documents
            .SelectMany(d => d.ChangeNotes.Where(n => d.Date is not { } first || n.Date > first.Start).Select(n => new FeedItem(d, n))
                .Concat(d.Type.IsReference() || d.Date is null ? [] : [new FeedItem(d, null)]))
            .OrderByDescending(i => i.Day)
            .Take(MaxEntries)
            .ToList();

    /// <summary>A feed item as an Atom entry: the page, as first published or as of its change.</summary>
    public AtomEntry Entry(FeedItem item)
    {
        var (d, change) = (item.Page, item.Change);
        var published = d.Type.IsReference() ? null : d.Date?.Start;
        var updated = change?.Date ?? published ?? d.Date?.Start ?? new DateOnly(2020, 1, 1);
        return new AtomEntry(settings.Absolute(d.Url), d.Title, d.Summary, updated, published, change?.Text,
            site.Taxonomies.Where(t => t.FeedCategories)
                .SelectMany(t => d.Terms(t).Select(term => new AtomCategory(term, site.TermTitle(t, term), settings.Absolute(t.ListingUrl))))
                .ToList());
    }

    /// <summary>The file of one feed.</summary>
    public OutputFile Write(SiteFeed source) => new(source.Path.TrimStart('/'),
        AtomDocument.Write(new AtomHeader(source.Title, source.Description, settings.Absolute(source.Page), settings.Absolute(source.Path)),
            source.Entries.Select(Entry)));

    private static List<FeedItem> Newest(IEnumerable<Document> documents) =>
        documents.Distinct().OrderByDescending(d => Freshness.NewsDate(d)).Take(MaxEntries).Select(FeedItem.Latest).ToList();

    // Meetings live in their circle's folder, so the circles' feed carries them too.
    private static bool Of(DocumentType type, Document d) =>
        d.Type == type || type == DocumentType.Kenniskring && d.Type == DocumentType.Bijeenkomst;
}
