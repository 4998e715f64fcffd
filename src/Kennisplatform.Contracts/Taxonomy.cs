namespace Kennisplatform.Contracts;

/// <summary>
/// One taxonomy: a way of grouping pages by terms (themes, regions, target groups), as Hugo has them. The table is
/// content (<c>content/taxonomieen.yml</c>); the build writes it next to the search index so the host reads the same.
/// </summary>
public sealed record Taxonomy
{
    /// <summary>The front-matter key that lists a page's terms, also the search index field (<c>themes</c>).</summary>
    public required string Key { get; init; }

    /// <summary>One term in English, for messages and the JSON lists (<c>theme</c>).</summary>
    public required string Term { get; init; }

    /// <summary>The content folder of the term pages, also the URL segment of their pages, feeds and JSON lists (<c>themas</c>).</summary>
    public required string Folder { get; init; }

    /// <summary>Dutch singular label (<c>Thema</c>): search facet, filter headings.</summary>
    public required string Label { get; init; }

    /// <summary>Dutch plural label (<c>Thema's</c>): the field on a page, the listing.</summary>
    public required string PluralLabel { get; init; }

    /// <summary>The search URL's parameter that filters on a term (<c>thema</c>); may repeat.</summary>
    public required string Parameter { get; init; }

    /// <summary>Keys of the document types on which at least one term is required.</summary>
    public IReadOnlyList<string> RequiredOn { get; init; } = [];

    /// <summary>Front-matter keys the terms are sorted by, a leading <c>-</c> for descending; the title by default.</summary>
    public IReadOnlyList<string> Order { get; init; } = ["title"];

    /// <summary>The intro of the taxonomy's listing page.</summary>
    public string? Intro { get; init; }

    /// <summary>The anchor prefix of the lists on a term page (<c>in-dit-thema</c>).</summary>
    public string? Anchor { get; init; }

    /// <summary>A taxonomy whose terms label each item listed on a term page (regions show their pages' themes).</summary>
    public string? ItemLabels { get; init; }

    /// <summary>Whether each term also has a feed per type (<c>/feeds/themas/x/handreikingen.xml</c>).</summary>
    public bool FeedsPerType { get; init; }

    /// <summary>Whether feed entries carry the page's terms as Atom categories.</summary>
    public bool FeedCategories { get; init; }

    /// <summary>Keys of the document types whose listing is grouped per term (practices per region).</summary>
    public IReadOnlyList<string> GroupsListings { get; init; } = [];

    /// <summary>
    /// The term for work that applies everywhere (<c>landelijk</c>): a page of a type in <see cref="EverywhereTypes"/>
    /// that names it, or names no term at all, belongs to every term (national guides apply in every region).
    /// </summary>
    public string? Everywhere { get; init; }

    /// <summary>The document types to which <see cref="Everywhere"/> applies.</summary>
    public IReadOnlyList<string> EverywhereTypes { get; init; } = [];

    /// <summary>The term pages' listing (<c>/themas/</c>).</summary>
    public string ListingUrl => $"/{Folder}/";

    /// <summary>The page of a term (<c>/themas/horeca/</c>).</summary>
    public string TermUrl(string slug) => $"/{Folder}/{slug}/";

    /// <summary>The file name of the table in a content folder, and next to a search index.</summary>
    public const string FileName = "taxonomieen.yml";

    /// <summary>The file name of the table as JSON next to a search index (what the host reads).</summary>
    public const string JsonFileName = "taxonomies.json";
}
