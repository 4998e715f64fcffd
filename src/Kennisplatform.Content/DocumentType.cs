using Kennisplatform.Contracts;

namespace Kennisplatform.Content;

/// <summary>The kinds of document the platform knows; the folder a file is in decides its type (<see cref="DocumentTypes"/>).</summary>
public enum DocumentType
{
    Pagina,
    Thema,
    Regio,
    Praktijkvoorbeeld,
    Handreiking,
    Kenniskring,
    Bijeenkomst,
    Publicatie,
    Webinar,
    Begrip,
    Nieuws,
    /// <summary>The page of a term of a taxonomy from the table that has no type of its own (<see cref="TaxonomyTable"/>).</summary>
    Term,
}

/// <summary>Names, folders and labels of the document types, from the table in <see cref="DocumentKinds"/>.</summary>
public static class DocumentTypes
{
    // Indexed by the enum's value; every type must have a row in the table (checked when this class loads).
    private static readonly DocumentKind[] Kinds = Enum.GetValues<DocumentType>().Select(t => DocumentKinds.Get(t.ToString())).ToArray();

    /// <summary>The type of each content folder; a circle's folder holds its meetings too, but its type is the circle's.</summary>
    public static readonly IReadOnlyDictionary<string, DocumentType> ByFolder = Enum.GetValues<DocumentType>()
        .Where(t => t.Kind().Folder is not null && t != DocumentType.Bijeenkomst)
        .ToDictionary(t => t.Kind().Folder!, t => t);

    /// <summary>The entry of a type in the table of kinds.</summary>
    public static DocumentKind Kind(this DocumentType type) => Kinds[(int)type];

    /// <summary>The folder (and URL segment) of a type; free pages have none.</summary>
    public static string? Folder(this DocumentType type) => type.Kind().Folder;

    /// <summary>The first segment of the type's URLs and its listing (for news <c>/actueel/</c>, not its folder).</summary>
    public static string? UrlSegment(this DocumentType type) => type.Kind().UrlSegment;

    /// <summary>
    /// True for reference pages (themes, regions, glossary entries, free pages): kept up to date rather
    /// than published on a day, so their date is no publication date. Date sorting and "what is new" leave them out.
    /// </summary>
    public static bool IsReference(this DocumentType type) =>
        type.IsTermPage() || type is DocumentType.Begrip or DocumentType.Pagina;

    /// <summary>
    /// True for the types whose pages are the terms of a taxonomy: themes and regions (which have fields of their own)
    /// and the generic term page of any other taxonomy in the table.
    /// </summary>
    public static bool IsTermPage(this DocumentType type) => type is DocumentType.Thema or DocumentType.Regio or DocumentType.Term;

    /// <summary>The key used in front matter, URLs of filters and the search index.</summary>
    public static string Key(this DocumentType type) => type.Kind().Key;

    /// <summary>Parses a key as written by <see cref="Key"/>.</summary>
    public static DocumentType? FromKey(string key) =>
        Enum.TryParse<DocumentType>(key, ignoreCase: true, out var type) ? type : null;

    /// <summary>Dutch singular label.</summary>
    public static string Label(this DocumentType type) => type.Kind().Label;

    /// <summary>Dutch plural label, used for listings and facets.</summary>
    public static string PluralLabel(this DocumentType type) => type.Kind().PluralLabel;
}
