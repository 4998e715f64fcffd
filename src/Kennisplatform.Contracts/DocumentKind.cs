namespace Kennisplatform.Contracts;

/// <summary>
/// One kind of document as build, host and theme name it: its key (front matter, search filters, index), its folder
/// under <c>content/</c> (also the URL segment of its pages and listing) and its Dutch labels.
/// </summary>
/// <param name="Key">The key, e.g. <c>praktijkvoorbeeld</c>.</param>
/// <param name="Folder">The content folder and URL segment; null for free pages.</param>
/// <param name="Label">Dutch singular label.</param>
/// <param name="PluralLabel">Dutch plural label (listings, facets, navigation).</param>
public sealed record DocumentKind(string Key, string? Folder, string Label, string PluralLabel)
{
    /// <summary>The listing page of the kind (<c>/praktijkvoorbeelden/</c>); null for free pages.</summary>
    public string? ListingUrl => Folder is null ? null : $"/{Folder}/";
}
