using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Kennisplatform.Content;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>
/// Atom 1.0 feeds of new content (newest 50 entries each): the whole site, each type, each theme, each type within
/// each theme, and each region. Reference pages (themes, regions, glossary) are not news and are left out.
/// </summary>
public sealed class AtomFeeds(Site site, SiteSettings settings)
{
    private const int MaxEntries = 50;
    private const string SiteName = "Kennisplatform Ondermijning";

    /// <summary>Every feed with its entries, for the feed files and their "volg"-pages.</summary>
    public IReadOnlyList<SiteFeed> All()
    {
        var entries = site.Documents.Where(d => !d.Type.IsReference()).ToList();
        var feeds = new List<SiteFeed>
        {
            new(FeedPaths.All, SiteName, "Nieuw op het Kennisplatform Ondermijning.", "/", Newest(entries), []),
        };
        foreach (var type in FeedPaths.FeedTypes)
        {
            feeds.Add(new SiteFeed(FeedPaths.OfType(type), $"{Presentation.ListingTitle(type)} — {SiteName}",
                type == DocumentType.Nieuws ? "Nieuws over de aanpak van ondermijning." : $"Nieuwe {type.PluralLabel().ToLowerInvariant()}.",
                $"/{type.UrlSegment()}/", Newest(entries.Where(d => Of(type, d))), []));
        }
        foreach (var theme in site.Themes)
        {
            var onTheme = entries.Where(d => d.Themes.Contains(theme.Slug)).ToList();
            var narrower = FeedPaths.FeedTypes
                .Select(type => new SiteFeed(FeedPaths.OfThemeAndType(theme.Slug, type),
                    $"{type.PluralLabel()} over {theme.Title} — {SiteName}",
                    $"Nieuwe {type.PluralLabel().ToLowerInvariant()} over {theme.Title}.", theme.Url,
                    Newest(onTheme.Where(d => Of(type, d))), []))
                .ToList();
            feeds.Add(new SiteFeed(FeedPaths.OfTheme(theme.Slug), $"{theme.Title} — {SiteName}", theme.Summary, theme.Url, Newest(onTheme), narrower));
            feeds.AddRange(narrower);
        }
        foreach (var region in site.Regions)
        {
            feeds.Add(new SiteFeed(FeedPaths.OfRegion(region.Slug), $"{region.Title} — {SiteName}", region.Summary, region.Url,
                Newest(site.InRegion(region.Slug).Where(d => !d.Type.IsReference())), []));
        }
        return feeds;
    }

    /// <summary>The feed files.</summary>
    public IEnumerable<OutputFile> Create() => All().Select(Write);

    private static List<Document> Newest(IEnumerable<Document> documents) => documents.Take(MaxEntries).ToList();

    // Meetings live in their circle's folder, so the circles' feed carries them too.
    private static bool Of(DocumentType type, Document d) =>
        d.Type == type || type == DocumentType.Kenniskring && d.Type == DocumentType.Bijeenkomst;

    private OutputFile Write(SiteFeed source)
    {
        var items = source.Entries.Select(Entry).ToList();
        var updated = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var feed = new SyndicationFeed(source.Title, source.Description, new Uri(settings.Absolute(source.Page)), settings.Absolute(source.Path), updated)
        {
            Items = items,
            Language = "nl",
        };
        feed.Authors.Add(new SyndicationPerson { Name = SiteName });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(settings.Absolute(source.Path)), "application/atom+xml"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return new OutputFile(source.Path.TrimStart('/'), stream.ToArray());
    }

    private SyndicationItem Entry(Document d)
    {
        var date = d.Date?.Start ?? new DateOnly(2020, 1, 1);
        var updated = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var item = new SyndicationItem(d.Title, d.Summary, new Uri(settings.Absolute(d.Url)), settings.Absolute(d.Url), updated)
        {
            PublishDate = updated,
        };
        foreach (var theme in d.Themes) item.Categories.Add(new SyndicationCategory(theme, settings.Absolute("/themas/"), site.ThemeTitle(theme)));
        return item;
    }
}
