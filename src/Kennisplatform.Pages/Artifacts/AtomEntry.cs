using System.Globalization;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>
/// One entry of an Atom feed: a page in its latest version. A changed page is a new entry (its id carries the day of the
/// change), so that feed readers and mail-by-feed services, which skip ids they have seen, show the change; its text
/// starts with the change note.
/// </summary>
public sealed record AtomEntry(
    string Url,
    string Title,
    string Summary,
    DateOnly Updated,
    DateOnly? Published,
    string? Change,
    IReadOnlyList<AtomCategory> Categories)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The entry's id: the page's address, with <c>#wijziging-YYYY-MM-DD</c> for a changed version.</summary>
    public string Id => Change is null ? Url : $"{Url}#wijziging-{Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The title: for a changed version it says so.</summary>
    public string DisplayTitle => Change is null ? Title : $"Gewijzigd: {Title}";

    /// <summary>The entry's text: the change line first (when changed), then the page's summary.</summary>
    public string Text => Change is null ? Summary : $"Gewijzigd op {Updated.ToString("d MMMM yyyy", Dutch)}: {Change} — {Summary}";
}

/// <summary>A category (theme) of an entry: its slug, title and the address of the list of themes.</summary>
public sealed record AtomCategory(string Term, string Label, string? Scheme = null);

/// <summary>What an Atom feed says about itself: title, subtitle, the absolute address of its page and of itself.</summary>
public sealed record AtomHeader(string Title, string Description, string PageUrl, string SelfUrl);
