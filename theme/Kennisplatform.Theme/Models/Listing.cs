namespace Kennisplatform.Theme.Models;

/// <summary>One entry in a listing or a list of related pages.</summary>
public sealed record ListingItem(
    string Title,
    string Url,
    string TypeLabel,
    string Summary,
    string? DateText = null,
    string? DateIso = null);

/// <summary>A titled group of entries, optionally with a link to see all of them.</summary>
public sealed record ListingSection(string Heading, IReadOnlyList<ListingItem> Items, string? Id = null, Link? More = null);

/// <summary>A listing page: per type, theme or region.</summary>
public sealed record ListingPageModel(PageFrame Frame, string Title, string? Intro, IReadOnlyList<ListingSection> Sections);
