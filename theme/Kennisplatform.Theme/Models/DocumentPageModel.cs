namespace Kennisplatform.Theme.Models;

/// <summary>One row of the metadata block: a label with one or more values (links or text).</summary>
public sealed record MetadataItem(string Label, IReadOnlyList<Link> Values);

/// <summary>The page of one document; <see cref="Freshness"/> says how current it is.</summary>
public sealed record DocumentPageModel(
    PageFrame Frame,
    string TypeLabel,
    string Title,
    string Summary,
    string? DateText,
    string? DateIso,
    IReadOnlyList<MetadataItem> Metadata,
    string BodyHtml,
    IReadOnlyList<Link> Contents,
    IReadOnlyList<ListingSection> Sections,
    IReadOnlyList<Link> Sources,
    IReadOnlyList<ListingItem> Related,
    PageFreshness? Freshness = null);
