using System.Globalization;

namespace Kennisplatform.Content;

/// <summary>Makes the file for a new document from an editor template in <c>content/sjablonen/</c>.</summary>
public static class DocumentScaffold
{
    /// <summary>The folder with the templates, one per type (<c>handreiking.md</c>, …).</summary>
    public const string TemplateFolder = "sjablonen";

    /// <summary>The path (relative to content/) a new document of this type and title gets.</summary>
    public static string PathFor(DocumentType type, string title, DateOnly date, string? circle = null)
    {
        var slug = DocumentReader.Slugify(title);
        return type switch
        {
            DocumentType.Pagina => $"{slug}.md",
            DocumentType.Kenniskring => $"kenniskringen/{slug}/index.md",
            DocumentType.Bijeenkomst => $"kenniskringen/{circle}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{slug}.md",
            _ => $"{type.Folder()}/{slug}.md",
        };
    }

    /// <summary>
    /// Fills a template: the title (quoted for YAML), today's date, and an existing theme, region and publication as
    /// examples that keep the new file valid until the editor replaces them.
    /// </summary>
    public static string Fill(string template, string title, DateOnly date, IReadOnlyList<Document> existing)
    {
        string First(DocumentType type, Func<Document, bool>? where = null) =>
            existing.Where(d => d.Type == type && (where?.Invoke(d) ?? true)).Select(d => d.Slug).Order(StringComparer.Ordinal).FirstOrDefault() ?? "";
        var quoted = "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        return template
            .Replace("{{title}}", quoted)
            .Replace("{{date}}", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Replace("{{theme}}", First(DocumentType.Thema))
            .Replace("{{region}}", First(DocumentType.Regio, d => d.Text("riec") == "true"))
            .Replace("{{source}}", First(DocumentType.Publicatie));
    }
}
