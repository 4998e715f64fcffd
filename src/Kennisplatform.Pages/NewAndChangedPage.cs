using Kennisplatform.Content;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using static Kennisplatform.Pages.Presentation;

namespace Kennisplatform.Pages;

/// <summary>
/// "Nieuw en gewijzigd" (<c>/nieuw-en-gewijzigd/</c>): the latest 50 additions and substantive changes across the public
/// site, newest first, each change with its line; the same items as its feed (<see cref="AtomFeeds.NewAndChanged"/>).
/// </summary>
public static class NewAndChangedPage
{
    /// <summary>What the page says it is.</summary>
    public const string Intro = "De vijftig nieuwste pagina's en inhoudelijke wijzigingen op het kennisplatform, het nieuwste eerst. " +
        "Kleine correcties, zoals tikfouten, staan er niet in.";

    /// <summary>The page.</summary>
    public static OutputPage Create(Site site, SiteSettings settings)
    {
        var items = AtomFeeds.NewAndChanged(site.Documents).Select(Item).ToList();
        var frame = new PageFrame("Nieuw en gewijzigd", Intro, FeedPaths.NewAndChangedPage, [Home],
            CanonicalUrl: settings.Absolute(FeedPaths.NewAndChangedPage),
            Feeds: [new Link("Nieuw en gewijzigd — Kennisplatform Ondermijning", FeedPaths.NewAndChanged)],
            Follow: new Link("Volg nieuwe en gewijzigde pagina's", FeedPaths.Follow(FeedPaths.NewAndChanged)));
        IReadOnlyList<ListingSection> sections = items.Count == 0 ? [] : [new ListingSection("Nieuwste eerst", items, "nieuw-en-gewijzigd")];
        return new OutputPage(OutputPage.FileFor(FeedPaths.NewAndChangedPage),
            new PageRequest(typeof(ListingPage), new ListingPageModel(frame, "Nieuw en gewijzigd", Intro, sections)));
    }

    // A change shows its line; a new page its summary.
    private static ListingItem Item(FeedItem item)
    {
        var page = item.Page;
        if (item.Change is not { } change)
        {
            return Presentation.Item(page) with { TypeLabel = $"{page.Type.Label()}, nieuw" };
        }
        var day = new PartialDate(change.Date, DatePrecision.Day);
        return new ListingItem(page.Title, page.Url, $"{page.Type.Label()}, gewijzigd", $"Wijziging: {change.Text}", day.ToDutch(), day.ToIso());
    }
}
