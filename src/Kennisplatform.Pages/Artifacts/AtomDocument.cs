using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>Writes an Atom 1.0 document; the build's feeds and the host's feed of a search both use it.</summary>
public static class AtomDocument
{
    /// <summary>The name of the site, as the author of every feed.</summary>
    public const string SiteName = "Kennisplatform Ondermijning";

    /// <summary>The media type of an Atom feed.</summary>
    public const string MediaType = "application/atom+xml";

    /// <summary>The feed as UTF-8 XML; its <c>updated</c> is its newest entry's (a fixed day when empty, so builds stay reproducible).</summary>
    public static byte[] Write(AtomHeader header, IEnumerable<AtomEntry> entries)
    {
        var items = entries.Select(Item).ToList();
        var updated = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var feed = new SyndicationFeed(header.Title, header.Description, new Uri(header.PageUrl), header.SelfUrl, updated)
        {
            Items = items,
            Language = "nl",
        };
        feed.Authors.Add(new SyndicationPerson { Name = SiteName });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(header.SelfUrl), MediaType));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }

    private static SyndicationItem Item(AtomEntry e)
    {
        var updated = Midnight(e.Updated);
        var item = new SyndicationItem(e.DisplayTitle, (SyndicationContent?)null, new Uri(e.Url), e.Id, updated) { Summary = new TextSyndicationContent(e.Text) };
        if (e.Published is { } published) item.PublishDate = Midnight(published);
        foreach (var c in e.Categories) item.Categories.Add(new SyndicationCategory(c.Term, c.Scheme, c.Label));
        return item;
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
