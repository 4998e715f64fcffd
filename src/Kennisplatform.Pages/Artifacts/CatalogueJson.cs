using System.Text.Encodings.Web;
using System.Text.Json;
using Kennisplatform.Content;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>
/// Static JSON for regions and partners: the catalogue of all public pages, and one list per term of each taxonomy
/// (documented in docs/linking.md; the host allows cross-origin reads of <c>/data/</c>).
/// </summary>
public sealed class CatalogueJson(Site site, SiteSettings settings)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>
    /// The catalogue and one list per term of each taxonomy (<see cref="Site.Members"/>). An entry names its type and,
    /// under each taxonomy's key, its terms (<c>themes</c>, <c>regions</c>, …).
    /// </summary>
    public IEnumerable<OutputFile> Create()
    {
        var pages = site.Documents.Where(d => d.Type != DocumentType.Pagina).ToList();
        yield return Write(FeedPaths.Catalogue, new { title = "Kennisplatform Ondermijning", url = settings.Absolute("/"), count = pages.Count, pages = pages.Select(ToEntry) });
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in site.Terms(taxonomy))
            {
                var items = site.Members(taxonomy, term.Slug).Select(ToEntry).ToList();
                yield return Write(FeedPaths.TermList(taxonomy, term.Slug), new Dictionary<string, object>
                {
                    [taxonomy.Term] = term.Slug, ["title"] = term.Title, ["url"] = settings.Absolute(term.Url),
                    ["feed"] = settings.Absolute(FeedPaths.OfTerm(taxonomy, term.Slug)), ["count"] = items.Count, ["pages"] = items,
                });
            }
        }
    }

    // One entry of a list, its fields in a fixed order.
    private Dictionary<string, object?> ToEntry(Document d)
    {
        var entry = new Dictionary<string, object?>
        {
            ["title"] = d.Title, ["url"] = settings.Absolute(d.Url), ["path"] = d.Url, ["type"] = d.Type.Key(), ["typeLabel"] = d.Type.Label(),
        };
        foreach (var taxonomy in site.Taxonomies) entry[taxonomy.Key] = d.Terms(taxonomy);
        entry["date"] = d.Date?.ToIso();
        entry["summary"] = d.Summary;
        entry["lastReviewed"] = d.LastReviewed?.ToIso();
        return entry;
    }

    private static OutputFile Write(string path, object value) =>
        new(path.TrimStart('/'), JsonSerializer.SerializeToUtf8Bytes(value, Json));
}
