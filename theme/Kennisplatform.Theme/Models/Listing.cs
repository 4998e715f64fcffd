namespace Kennisplatform.Theme.Models;

/// <summary>One entry in a listing or a list of related pages.</summary>
public sealed record ListingItem(
    string Title,
    string Url,
    string TypeLabel,
    string Summary,
    string? DateText = null,
    string? DateIso = null,
    IReadOnlyList<Link>? Labels = null);

/// <summary>
/// A titled group of entries, optionally with a link to see all of them; <see cref="CountText"/> replaces the plain
/// count after the heading when the entries are a selection ("6 nieuwste van 12").
/// </summary>
public sealed record ListingSection(string Heading, IReadOnlyList<ListingItem> Items, string? Id = null, Link? More = null,
    string? CountText = null);

/// <summary>A group of filter links on a listing ("Per thema": each theme with its count).</summary>
public sealed record FilterGroup(string Label, IReadOnlyList<Link> Links);

/// <summary>A listing page: per type, theme or region, with links that filter it.</summary>
public sealed record ListingPageModel(PageFrame Frame, string Title, string? Intro, IReadOnlyList<ListingSection> Sections,
    IReadOnlyList<FilterGroup>? Filters = null, PageLinks? Paging = null);

/// <summary>Links to the pages of a paged list; the current page has an empty URL, left-out numbers a <see cref="Gap"/>.</summary>
public sealed record PageLinks(string Label, IReadOnlyList<Link> Pages, Link? Previous, Link? Next)
{
    /// <summary>The text of an entry that stands for page numbers left out.</summary>
    public const string Gap = "…";
}
