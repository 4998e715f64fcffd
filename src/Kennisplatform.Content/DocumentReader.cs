using System.Text.RegularExpressions;
using Kennisplatform.Contracts;

namespace Kennisplatform.Content;

/// <summary>Turns the text of one content file into a <see cref="Document"/>, deciding type and URL from its path.</summary>
public static partial class DocumentReader
{
    /// <summary>Folders under <c>content/</c> that hold no pages (editor templates).</summary>
    public static readonly IReadOnlySet<string> IgnoredFolders = new HashSet<string> { "sjablonen" };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>True for a valid slug: lower-case letters, digits and single hyphens.</summary>
    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>
    /// Reads one file; returns null (with diagnostics) when it cannot be a document. A file in the folder of a
    /// taxonomy in <paramref name="taxonomies"/> that has no type of its own is a term page.
    /// </summary>
    public static Document? Read(string relativePath, string text, ICollection<Diagnostic> diagnostics, IReadOnlyList<Taxonomy>? taxonomies = null)
    {
        var path = relativePath.Replace('\\', '/');
        var place = Place(path, diagnostics, taxonomies ?? []);
        if (place is null) return null;
        var (type, slug, url, circle) = place.Value;
        if (!IsValidSlug(slug))
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1,
                $"invalid file name '{slug}': use lower-case letters, digits and hyphens only (e.g. '{Slugify(slug)}')"));
            return null;
        }
        var frontMatter = FrontMatter.Parse(path, text, diagnostics);
        if (frontMatter is null) return null;
        var document = new Document { SourcePath = path, Type = type, Slug = slug, Url = url, Circle = circle, FrontMatter = frontMatter };
        // The closed part lives under /besloten/, the only path the host guards with the covenant-partner policy.
        return document.IsRestricted ? document with { Url = SitePaths.Route(SitePaths.Restricted) + url } : document;
    }

    /// <summary>The public site path a content file would have, or null when its place is not valid.</summary>
    public static string? UrlOf(string relativePath, IReadOnlyList<Taxonomy>? taxonomies = null) =>
        relativePath.EndsWith(".md", StringComparison.Ordinal) ? Place(relativePath.Replace('\\', '/'), new List<Diagnostic>(), taxonomies ?? [])?.Url : null;

    /// <summary>Makes a slug from a title: "Handreiking APV & ondermijning" → "handreiking-apv-ondermijning".</summary>
    public static string Slugify(string text)
    {
        var folded = new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
        var slug = Regex.Replace(folded, "[^a-z0-9]+", "-").Trim('-');
        return slug.Length == 0 ? "pagina" : slug;
    }

    private static (DocumentType Type, string Slug, string Url, string? Circle)? Place(string path, ICollection<Diagnostic> diagnostics,
        IReadOnlyList<Taxonomy> taxonomies)
    {
        var parts = path[..^".md".Length].Split('/');
        switch (parts.Length)
        {
            case 1:
                return parts[0] == "index"
                    ? (DocumentType.Pagina, "index", "/", null)
                    : (DocumentType.Pagina, parts[0], $"/{parts[0]}/", null);
            case 2 when parts[0] == "kenniskringen":
                diagnostics.Add(Diagnostic.Error(path, 1, 1,
                    $"a kenniskring needs a folder of its own: move this file to 'kenniskringen/{parts[1]}/index.md'"));
                return null;
            case 2 when DocumentTypes.ByFolder.TryGetValue(parts[0], out var type):
                return (type, parts[1], $"/{type.UrlSegment()}/{parts[1]}/", null);
            case 2 when taxonomies.FirstOrDefault(t => t.Folder == parts[0]) is { } taxonomy:
                return (DocumentType.Term, parts[1], taxonomy.TermUrl(parts[1]), null);
            case 3 when parts[0] == "kenniskringen":
                return parts[2] == "index"
                    ? (DocumentType.Kenniskring, parts[1], $"/kenniskringen/{parts[1]}/", null)
                    : (DocumentType.Bijeenkomst, parts[2], $"/kenniskringen/{parts[1]}/{parts[2]}/", parts[1]);
            default:
                var folders = DocumentTypes.ByFolder.Keys.Concat(taxonomies.Select(t => t.Folder)).Distinct().ToList();
                diagnostics.Add(Diagnostic.Error(path, 1, 1,
                    folders.Contains(parts[0])
                        ? $"'{parts[0]}' holds files directly; sub-folders are only for kenniskringen"
                        // The directory of professionals used to be Markdown; profiles now live in the network's database.
                        : parts[0] == "netwerk"
                        ? "'netwerk' is no content folder: professionals keep their own profile in the network (/besloten/netwerk/), never in content/"
                        : $"unknown content folder '{parts[0]}'{DidYouMean.Hint(parts[0], folders)}; known folders: {string.Join(", ", folders)}"));
                return null;
        }
    }
}
