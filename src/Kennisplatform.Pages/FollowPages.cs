using Kennisplatform.Content;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using static Kennisplatform.Pages.Presentation;

namespace Kennisplatform.Pages;

/// <summary>
/// A "volg"-page for every feed (<c>/volgen/…/</c>), and <c>/volgen/</c> listing them all: a feed opened in a browser
/// shows raw XML, so each page where a feed is offered links to a page that explains how to follow it.
/// </summary>
public static class FollowPages
{
    /// <summary>The page for linking and reuse, written by the editors; linked from the volg-pages once it exists.</summary>
    public const string ReuseGuidePath = "/linken-en-hergebruik/";

    /// <summary>The volg-pages and their index.</summary>
    public static IEnumerable<OutputPage> Create(Site site, SiteSettings settings)
    {
        var feeds = new AtomFeeds(site, settings).All();
        var guide = site.ByUrl(ReuseGuidePath) is { } page ? new Link(page.Title, page.Url) : null;
        var crumbs = new[] { Home, new Link("Volgen", FeedPaths.FollowFolder) };
        foreach (var feed in feeds)
        {
            var about = new Link(site.ByUrl(feed.Page)?.Title ?? (feed.Page == "/" ? "de hele site" : feed.Title), feed.Page);
            var title = $"Volgen: {Name(feed)}";
            var model = new FollowPageModel(
                new PageFrame(title, $"Zo volgt u {Name(feed)} met een feedlezer, per e-mail of in Outlook of Thunderbird.", feed.FollowPath,
                    crumbs, CanonicalUrl: settings.Absolute(feed.FollowPath), Feeds: [new Link(feed.Title, feed.Path)]),
                title, feed.Description, settings.Absolute(feed.Path), about,
                feed.Narrower.Select(n => new Link(Name(n), n.FollowPath)).ToList(), guide);
            yield return new OutputPage(OutputPage.FileFor(feed.FollowPath), new PageRequest(typeof(FollowPage), model));
        }
        yield return Index(feeds, site.Taxonomies, settings);
    }

    /// <summary>What a feed carries, in words: its title without the site's name.</summary>
    public static string Name(SiteFeed feed) =>
        feed.Path == FeedPaths.All ? "alles wat nieuw is" : feed.Title.Replace(" — Kennisplatform Ondermijning", "", StringComparison.Ordinal);

    private static OutputPage Index(IReadOnlyList<SiteFeed> feeds, IReadOnlyList<Kennisplatform.Contracts.Taxonomy> taxonomies, SiteSettings settings)
    {
        ListingItem Item(SiteFeed f) => new(Name(f), f.FollowPath, "Feed", f.Description);
        ListingSection Section(string heading, string id, Func<SiteFeed, bool> where) =>
            new(heading, feeds.Where(where).Select(Item).ToList(), id);
        var sections = taxonomies
            .Select(t => Section("Per " + t.Label.ToLowerInvariant(), t.Folder,
                f => f.Path.StartsWith($"/feeds/{t.Folder}/", StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 3))
            .Prepend(Section("De hele site en per soort", "site", f => f.Path == FeedPaths.All || f.Path.Count(c => c == '/') == 2))
            .Where(s => s.Items.Count > 0)
            .ToList();
        const string intro = "Volg wat er nieuw is op het kennisplatform: de hele site, één soort pagina's, een thema of een regio. " +
            "Per feed leest u hoe u die volgt met een feedlezer, per e-mail, of in Outlook of Thunderbird.";
        var frame = new PageFrame("Volgen", intro, FeedPaths.FollowFolder, [Home], CanonicalUrl: settings.Absolute(FeedPaths.FollowFolder),
            Feeds: [FeedPaths.SiteFeed]);
        return new OutputPage(OutputPage.FileFor(FeedPaths.FollowFolder), new PageRequest(typeof(ListingPage), new ListingPageModel(frame, "Volgen", intro, sections)));
    }
}
