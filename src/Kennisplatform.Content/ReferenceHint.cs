namespace Kennisplatform.Content;

/// <summary>
/// The did-you-mean for a reference to a theme, region or publication that is not a slug: editors type the title
/// ("Ondermijning in het buitengebied"), the address ("/themas/buitengebied/") or a slug made from the title
/// ("ondermijning-in-het-buitengebied"). Each is matched on slug, title and address before falling back to spelling.
/// </summary>
public static class ReferenceHint
{
    /// <summary>" — did you mean 'slug'?" or an empty string.</summary>
    public static string For(string value, IEnumerable<Document> documents, DocumentType type) =>
        Among(value, documents.Where(d => d.Type == type).ToList());

    /// <summary>" — did you mean 'slug'?" among the given documents, or an empty string.</summary>
    public static string Among(string value, IReadOnlyList<Document> candidates) =>
        Closest(value, candidates)?.Slug is { } slug ? $" — did you mean '{slug}'?" : "";

    /// <summary>The document whose slug, title or address is exactly what was written, or null.</summary>
    public static Document? Exact(string value, IEnumerable<Document> candidates)
    {
        var written = Normalize(value);
        return candidates.FirstOrDefault(d => Keys(d).Contains(written));
    }

    /// <summary>The document a value most likely means (exactly, else by spelling), or null.</summary>
    public static Document? Closest(string value, IReadOnlyList<Document> candidates)
    {
        if (Exact(value, candidates) is { } exact) return exact;
        var keys = candidates.SelectMany(d => Keys(d).Select(k => (Key: k, Document: d))).ToList();
        var closest = DidYouMean.Closest(Normalize(value), keys.Select(k => k.Key));
        return closest is null ? null : keys.First(k => k.Key == closest).Document;
    }

    // What an editor may have copied: the slug, the slug of the title, the address (its last segment).
    private static IReadOnlyList<string> Keys(Document d) => [d.Slug, DocumentReader.Slugify(d.Title), d.Url.Trim('/').Split('/')[^1]];

    private static string Normalize(string value)
    {
        var text = value.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") text = uri.AbsolutePath;
        if (text.Contains('/')) text = text.Trim('/').Split('/')[^1];
        return DocumentReader.Slugify(text);
    }
}
