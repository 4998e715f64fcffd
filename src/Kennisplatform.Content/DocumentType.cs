namespace Kennisplatform.Content;

/// <summary>The kinds of document the platform knows; the folder a file is in decides its type.</summary>
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
    Professional,
}

/// <summary>Names, folders and labels of the document types.</summary>
public static class DocumentTypes
{
    /// <summary>The content folder of each type that lives in a folder of its own.</summary>
    public static readonly IReadOnlyDictionary<string, DocumentType> ByFolder = new Dictionary<string, DocumentType>
    {
        ["themas"] = DocumentType.Thema,
        ["regios"] = DocumentType.Regio,
        ["praktijkvoorbeelden"] = DocumentType.Praktijkvoorbeeld,
        ["handreikingen"] = DocumentType.Handreiking,
        ["kenniskringen"] = DocumentType.Kenniskring,
        ["publicaties"] = DocumentType.Publicatie,
        ["webinars"] = DocumentType.Webinar,
        ["begrippen"] = DocumentType.Begrip,
        ["netwerk"] = DocumentType.Professional,
    };

    /// <summary>The folder (and URL segment) of a type; free pages have none.</summary>
    public static string? Folder(this DocumentType type) => type switch
    {
        DocumentType.Thema => "themas",
        DocumentType.Regio => "regios",
        DocumentType.Praktijkvoorbeeld => "praktijkvoorbeelden",
        DocumentType.Handreiking => "handreikingen",
        DocumentType.Kenniskring or DocumentType.Bijeenkomst => "kenniskringen",
        DocumentType.Publicatie => "publicaties",
        DocumentType.Webinar => "webinars",
        DocumentType.Begrip => "begrippen",
        DocumentType.Professional => "netwerk",
        _ => null,
    };

    /// <summary>The key used in front matter, URLs of filters and the search index.</summary>
    public static string Key(this DocumentType type) => type.ToString().ToLowerInvariant();

    /// <summary>Parses a key as written by <see cref="Key"/>.</summary>
    public static DocumentType? FromKey(string key) =>
        Enum.TryParse<DocumentType>(key, ignoreCase: true, out var type) ? type : null;

    /// <summary>Dutch singular label.</summary>
    public static string Label(this DocumentType type) => type switch
    {
        DocumentType.Pagina => "Pagina",
        DocumentType.Thema => "Thema",
        DocumentType.Regio => "Regio",
        DocumentType.Praktijkvoorbeeld => "Praktijkvoorbeeld",
        DocumentType.Handreiking => "Handreiking",
        DocumentType.Kenniskring => "Kenniskring",
        DocumentType.Bijeenkomst => "Bijeenkomst",
        DocumentType.Publicatie => "Publicatie",
        DocumentType.Webinar => "Webinar",
        DocumentType.Begrip => "Begrip",
        DocumentType.Professional => "Professional",
        _ => type.ToString(),
    };

    /// <summary>Dutch plural label, used for listings and facets.</summary>
    public static string PluralLabel(this DocumentType type) => type switch
    {
        DocumentType.Pagina => "Pagina's",
        DocumentType.Thema => "Thema's",
        DocumentType.Regio => "Regio's",
        DocumentType.Praktijkvoorbeeld => "Praktijkvoorbeelden",
        DocumentType.Handreiking => "Handreikingen",
        DocumentType.Kenniskring => "Kenniskringen",
        DocumentType.Bijeenkomst => "Bijeenkomsten",
        DocumentType.Publicatie => "Publicaties",
        DocumentType.Webinar => "Webinars",
        DocumentType.Begrip => "Begrippen",
        DocumentType.Professional => "Netwerk van professionals",
        _ => type.ToString(),
    };
}
