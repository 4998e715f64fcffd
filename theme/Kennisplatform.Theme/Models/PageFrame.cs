namespace Kennisplatform.Theme.Models;

/// <summary>A link with its visible text; an empty URL renders plain text.</summary>
public sealed record Link(string Text, string Url);

/// <summary>
/// What every page passes to the layout: title, description, path and breadcrumbs; the absolute canonical URL,
/// the Atom feeds to advertise and the Open Graph type; <see cref="Follow"/> links to the page that explains how to
/// follow this page's feed.
/// </summary>
public sealed record PageFrame(
    string Title,
    string Description,
    string Path,
    IReadOnlyList<Link> Breadcrumbs,
    string? Section = null,
    string? Query = null,
    bool NoIndex = false,
    string? CanonicalUrl = null,
    IReadOnlyList<Link>? Feeds = null,
    string OpenGraphType = "website",
    bool Restricted = false,
    Link? Follow = null);
