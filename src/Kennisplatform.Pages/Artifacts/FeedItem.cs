using Kennisplatform.Content;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>
/// One item of a feed: a page, and the change it is news for (null: its first publication). Topic feeds carry each page
/// once, as its latest version; "Nieuw en gewijzigd" carries each addition and each change.
/// </summary>
public sealed record FeedItem(Document Page, ChangeNote? Change)
{
    /// <summary>The day the item is news for.</summary>
    public DateOnly Day => Change?.Date ?? Page.Date?.Start ?? DateOnly.MinValue;

    /// <summary>A page as its latest version (<see cref="Freshness.LatestChange"/>).</summary>
    public static FeedItem Latest(Document page) => new(page, Freshness.LatestChange(page));
}
