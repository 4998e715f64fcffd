namespace Kennisplatform.Contracts;

/// <summary>
/// One kind of document as build, host and theme name it: its key (front matter, search filters, index), its folder
/// under <c>content/</c> (also the URL segment of its pages and listing) and its Dutch labels.
/// </summary>
/// <param name="Key">The key, e.g. <c>praktijkvoorbeeld</c>.</param>
/// <param name="Folder">The content folder, and the URL segment unless <paramref name="Segment"/> says otherwise; null for free pages.</param>
/// <param name="Label">Dutch singular label.</param>
/// <param name="PluralLabel">Dutch plural label (listings, facets, navigation).</param>
/// <param name="Segment">The URL segment of its pages and listing when it differs from the folder.</param>
/// <param name="Listing">The title of its listing and navigation entry when it differs from the plural label.</param>
public sealed record DocumentKind(string Key, string? Folder, string Label, string PluralLabel, string? Segment = null, string? Listing = null)
{
    /// <summary>The first segment of the kind's URLs (<c>praktijkvoorbeelden</c>, for news <c>actueel</c>).</summary>
    public string? UrlSegment => Segment ?? Folder;

    /// <summary>The title of the kind's listing page and navigation entry.</summary>
    public string ListingTitle => Listing ?? PluralLabel;

    /// <summary>The listing page of the kind (<c>/praktijkvoorbeelden/</c>); null for free pages.</summary>
    public string? ListingUrl => UrlSegment is null ? null : $"/{UrlSegment}/";
}
