using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Kennisplatform.Content;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>Atom 1.0 feeds: the whole site, each type, each theme and each region (newest 50 entries each).</summary>
public sealed class AtomFeeds(Site site, SiteSettings settings)
{
    private const int MaxEntries = 50;
    private static readonly DocumentType[] FeedTypes =
    [
        DocumentType.Praktijkvoorbeeld, DocumentType.Handreiking, DocumentType.Kenniskring, DocumentType.Publicatie, DocumentType.Webinar,
        DocumentType.Nieuws,
    ];

    /// <summary>All feeds.</summary>
    public IEnumerable<OutputFile> Create()
    {
        var entries = site.Documents.Where(d => d.Type is not (DocumentType.Pagina or DocumentType.Begrip)).ToList();
        yield return Feed(FeedPaths.All, "Kennisplatform Ondermijning", "Nieuw op het Kennisplatform Ondermijning.", "/", entries);
        foreach (var type in FeedTypes)
        {
            yield return Feed(FeedPaths.OfType(type), $"{Presentation.ListingTitle(type)} — Kennisplatform Ondermijning",
                type == DocumentType.Nieuws ? "Nieuws over de aanpak van ondermijning." : $"Nieuwe {type.PluralLabel().ToLowerInvariant()}.",
                $"/{type.UrlSegment()}/", entries.Where(d => d.Type == type || Within(type, d)));
        }
        foreach (var theme in site.Themes)
        {
            yield return Feed(FeedPaths.OfTheme(theme.Slug), $"{theme.Title} — Kennisplatform Ondermijning", theme.Summary, theme.Url,
                entries.Where(d => d != theme && d.Themes.Contains(theme.Slug)));
        }
        foreach (var region in site.Regions)
        {
            yield return Feed(FeedPaths.OfRegion(region.Slug), $"{region.Title} — Kennisplatform Ondermijning", region.Summary, region.Url,
                site.InRegion(region.Slug));
        }
    }

    // Meetings live in their circle's folder, so the circles' feed carries them too.
    private static bool Within(DocumentType type, Document d) => type == DocumentType.Kenniskring && d.Type == DocumentType.Bijeenkomst;

    private OutputFile Feed(string path, string title, string description, string page, IEnumerable<Document> documents)
    {
        var items = documents.Take(MaxEntries).Select(Entry).ToList();
        var updated = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var feed = new SyndicationFeed(title, description, new Uri(settings.Absolute(page)), settings.Absolute(path), updated)
        {
            Items = items,
            Language = "nl",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Kennisplatform Ondermijning" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(settings.Absolute(path)), "application/atom+xml"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return new OutputFile(path.TrimStart('/'), stream.ToArray());
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
