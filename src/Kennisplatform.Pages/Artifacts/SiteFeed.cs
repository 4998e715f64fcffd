using Kennisplatform.Content;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>
/// One Atom feed of the site: its path, title and description, the page it belongs to, its entries (newest first)
/// and, for a theme, the narrower feeds of one type within it.
/// </summary>
public sealed record SiteFeed(
    string Path,
    string Title,
    string Description,
    string Page,
    IReadOnlyList<FeedItem> Entries,
    IReadOnlyList<SiteFeed> Narrower)
{
    /// <summary>The HTML page that explains how to follow this feed.</summary>
    public string FollowPath => FeedPaths.Follow(Path);
}
