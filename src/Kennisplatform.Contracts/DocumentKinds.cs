namespace Kennisplatform.Contracts;

/// <summary>The table of document kinds: the one place that pairs a type with its folder and labels.</summary>
public static class DocumentKinds
{
    /// <summary>Every kind, in the order of the content model. A folder holds one kind, except that a circle's
    /// meetings (<c>bijeenkomst</c>) live in their circle's folder under <c>kenniskringen/</c>.</summary>
    public static readonly IReadOnlyList<DocumentKind> All =
    [
        new("pagina", null, "Pagina", "Pagina's"),
        new("thema", "themas", "Thema", "Thema's"),
        new("regio", "regios", "Regio", "Regio's"),
        new("praktijkvoorbeeld", "praktijkvoorbeelden", "Praktijkvoorbeeld", "Praktijkvoorbeelden"),
        new("handreiking", "handreikingen", "Handreiking", "Handreikingen"),
        new("kenniskring", "kenniskringen", "Kenniskring", "Kenniskringen"),
        new("bijeenkomst", "kenniskringen", "Bijeenkomst", "Bijeenkomsten"),
        new("publicatie", "publicaties", "Publicatie", "Publicaties"),
        new("webinar", "webinars", "Webinar", "Webinars"),
        new("begrip", "begrippen", "Begrip", "Begrippen"),
        // News is read under /actueel/, as on the real platform, while editors find it in content/nieuws/.
        new("nieuws", "nieuws", "Nieuws", "Nieuws", Segment: "actueel", Listing: "Actueel"),
        // The page of a term of a taxonomy other than themes and regions; its folder is the taxonomy's (Taxonomy.Folder).
        new("term", null, "Term", "Termen"),
    ];

    private static readonly Dictionary<string, DocumentKind> Keys = All.ToDictionary(k => k.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind with a key (case-insensitive), or null.</summary>
    public static DocumentKind? ByKey(string key) => Keys.GetValueOrDefault(key);

    /// <summary>The kind with a key that must exist.</summary>
    public static DocumentKind Get(string key) => ByKey(key) ?? throw new ArgumentException($"unknown document kind '{key}'", nameof(key));
}
