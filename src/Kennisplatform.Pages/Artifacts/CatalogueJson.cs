using System.Text.Encodings.Web;
using System.Text.Json;
using Kennisplatform.Content;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>
/// Static JSON for regions and partners: the catalogue of all public pages, and one list per theme and per region
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

    /// <summary>One entry of a list.</summary>
    public sealed record Entry(
        string Title, string Url, string Path, string Type, string TypeLabel, IReadOnlyList<string> Themes,
        IReadOnlyList<string> Regions, string? Date, string Summary, string? LastReviewed);

    /// <summary>The catalogue and the per-theme and per-region lists.</summary>
    public IEnumerable<OutputFile> Create()
    {
        var pages = site.Documents.Where(d => d.Type != DocumentType.Pagina).ToList();
        yield return Write(FeedPaths.Catalogue, new { title = "Kennisplatform Ondermijning", url = settings.Absolute("/"), count = pages.Count, pages = pages.Select(ToEntry) });
        foreach (var theme in site.Themes)
        {
            var items = pages.Where(d => d != theme && d.Themes.Contains(theme.Slug)).Select(ToEntry).ToList();
            yield return Write(FeedPaths.ThemeList(theme.Slug), new
            {
                theme = theme.Slug, title = theme.Title, url = settings.Absolute(theme.Url),
                feed = settings.Absolute(FeedPaths.OfTheme(theme.Slug)), count = items.Count, pages = items,
            });
        }
        foreach (var region in site.Regions)
        {
            var items = site.InRegion(region.Slug).Select(ToEntry).ToList();
            yield return Write(FeedPaths.RegionList(region.Slug), new
            {
                region = region.Slug, title = region.Title, url = settings.Absolute(region.Url),
                feed = settings.Absolute(FeedPaths.OfRegion(region.Slug)), count = items.Count, pages = items,
            });
        }
    }

    private Entry ToEntry(Document d) => new(
        d.Title, settings.Absolute(d.Url), d.Url, d.Type.Key(), d.Type.Label(), d.Themes, d.Regions, d.Date?.ToIso(), d.Summary,
        d.LastReviewed?.ToIso());

    private static OutputFile Write(string path, object value) =>
        new(path.TrimStart('/'), JsonSerializer.SerializeToUtf8Bytes(value, Json));
}
