namespace Kennisplatform.Theme.Models;

/// <summary>
/// The "volg"-page of one feed: what a feed is and how to follow it, with the feed's absolute address to copy, the
/// page the feed belongs to, narrower feeds (one type within a theme) and the guide to linking and reuse when present.
/// </summary>
public sealed record FollowPageModel(
    PageFrame Frame,
    string Title,
    string Description,
    string FeedUrl,
    Link About,
    IReadOnlyList<Link> Narrower,
    Link? ReuseGuide);
