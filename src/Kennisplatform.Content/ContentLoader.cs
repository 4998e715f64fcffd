using Kennisplatform.Contracts;

namespace Kennisplatform.Content;

/// <summary>
/// Reads a content folder from disk: the I/O edge of the content stage. It only reads (front matter, type, slug, URL);
/// checking the documents against the schema and each other is <see cref="ContentValidator"/>'s work, which the
/// build's checker runs next.
/// </summary>
public static class ContentLoader
{
    /// <summary>
    /// Reads every file below <paramref name="root"/>, with the diagnostics of reading them. <paramref name="read"/>
    /// turns one file (its path relative to <paramref name="root"/> and the taxonomy table) into its document and
    /// diagnostics; by default its text read with <see cref="DocumentReader.Read"/>, a build passes one that remembers
    /// what it read before (and reads the file only when it has not seen its bytes). <paramref name="paths"/> are the
    /// files below <paramref name="root"/> (relative, with <c>/</c>) when the caller has listed the folder already, as a
    /// build does for its fingerprint; by default the folder is listed here.
    /// </summary>
    public static ContentSet Load(string root, Func<string, IReadOnlyList<Taxonomy>, FileRead>? read = null, IEnumerable<string>? paths = null)
    {
        read ??= (path, taxonomies) => ReadFile(path, File.ReadAllText(Path.Combine(root, path)), taxonomies);
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error(root, 1, 1, "content folder not found"));
            return new ContentSet(root, [], [], diagnostics);
        }
        var files = (paths ?? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Where(f => !DocumentReader.IgnoredFolders.Contains(f.Split('/')[0]))
            .Where(f => f != Taxonomy.FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        var taxonomies = TaxonomyTable.Load(root, diagnostics);

        var markdown = files.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var results = new FileRead[markdown.Count];
        Parallel.For(0, markdown.Count, i => results[i] = read(markdown[i], taxonomies));
        foreach (var result in results) diagnostics.AddRange(result.Diagnostics);

        var documents = results.Select(r => r.Document).OfType<Document>().ToList();
        var assets = files.Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        return new ContentSet(root, documents, assets, diagnostics) { Taxonomies = taxonomies };
    }

    /// <summary>Reads one content file with <see cref="DocumentReader.Read"/>.</summary>
    public static FileRead ReadFile(string path, string text, IReadOnlyList<Taxonomy> taxonomies)
    {
        var diagnostics = new List<Diagnostic>();
        return new FileRead(DocumentReader.Read(path, text, diagnostics, taxonomies), diagnostics);
    }

    /// <summary>A content file's text from its bytes, decoded as <see cref="File.ReadAllText(string)"/> decodes it (UTF-8 unless a byte order mark says otherwise).</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The body lines of each editor template (<c>sjablonen/&lt;type&gt;.md</c>), which pages may not keep.</summary>
    public static IReadOnlyDictionary<DocumentType, IReadOnlySet<string>> TemplateLines(string root)
    {
        var folder = Path.Combine(root, DocumentScaffold.TemplateFolder);
        var lines = new Dictionary<DocumentType, IReadOnlySet<string>>();
        if (!Directory.Exists(folder)) return lines;
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            if (DocumentTypes.FromKey(Path.GetFileNameWithoutExtension(file)) is not { } type) continue;
            // Templates hold {{placeholders}} that are no valid YAML, so the body is found by its closing line alone.
            var text = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
            var close = Array.FindIndex(text, 1, l => l.TrimEnd() == "---");
            if (text.Length > 0 && text[0].TrimEnd() == "---" && close > 0) lines[type] = TemplateText.BodyLines(string.Join('\n', text[(close + 1)..]));
        }
        return lines;
    }
}
