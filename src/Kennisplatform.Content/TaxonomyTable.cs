using Kennisplatform.Contracts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kennisplatform.Content;

/// <summary>
/// Reads the taxonomy table (<c>content/taxonomieen.yml</c>): a YAML list with one entry per taxonomy. Every place
/// that groups pages by terms (checks, pages, listings, feeds, JSON lists, the index, search filters and facets) loops
/// over this table, so a new taxonomy is a content change.
/// </summary>
public static class TaxonomyTable
{
    private static readonly string[] Known =
    [
        "key", "term", "folder", "label", "plural", "parameter", "required_on", "order", "intro", "anchor", "item_labels",
        "feeds_per_type", "feed_categories", "groups_listings", "everywhere", "everywhere_types",
    ];

    /// <summary>The table of a content folder; none when the file is absent.</summary>
    public static IReadOnlyList<Taxonomy> Load(string contentRoot, ICollection<Diagnostic> diagnostics)
    {
        var file = Path.Combine(contentRoot, Taxonomy.FileName);
        return File.Exists(file) ? Parse(Taxonomy.FileName, File.ReadAllText(file), diagnostics) : [];
    }

    /// <summary>Parses the table; each problem is a diagnostic at its line and column.</summary>
    public static IReadOnlyList<Taxonomy> Parse(string path, string yaml, ICollection<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(path, (int)e.Start.Line, Math.Max(1, (int)e.Start.Column), "invalid YAML in the taxonomy table"));
            return [];
        }
        if (stream.Documents.Count == 0) return [];
        if (FrontMatter.Convert(path, stream.Documents[0].RootNode, 0, diagnostics) is not FrontMatterList list)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, "the taxonomy table must be a list with one entry ('- key: …') per taxonomy"));
            return [];
        }
        var table = new List<Taxonomy>();
        foreach (var item in list.Items)
        {
            if (item is not FrontMatterMap entry)
            {
                diagnostics.Add(Diagnostic.Error(path, item.Line, item.Column, "each taxonomy must be a set of fields ('key: …')"));
                continue;
            }
            if (Read(path, entry, diagnostics) is { } taxonomy) table.Add(taxonomy);
        }
        CheckUnique(path, list, table, diagnostics);
        return table;
    }

    private static Taxonomy? Read(string path, FrontMatterMap entry, ICollection<Diagnostic> diagnostics)
    {
        foreach (var field in entry.Fields.Where(f => !Known.Contains(f.Key)))
        {
            diagnostics.Add(Diagnostic.Error(path, field.Line, field.Column,
                $"unknown field '{field.Key}' in a taxonomy{DidYouMean.Hint(field.Key, Known)}"));
        }
        string? Text(string key, bool required = false)
        {
            var text = (entry[key]?.Value as FrontMatterScalar)?.Text.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (required) diagnostics.Add(Diagnostic.Error(path, entry.Line, entry.Column, $"a taxonomy needs '{key}'"));
                return null;
            }
            return text;
        }
        IReadOnlyList<string> List(string key) => entry[key]?.Value switch
        {
            FrontMatterList l => l.Items.OfType<FrontMatterScalar>().Select(s => s.Text.Trim()).Where(s => s.Length > 0).ToList(),
            FrontMatterScalar { Text.Length: > 0 } s => [s.Text.Trim()],
            _ => [],
        };
        var (key, term, folder, label, plural, parameter) =
            (Text("key", true), Text("term", true), Text("folder", true), Text("label", true), Text("plural", true), Text("parameter", true));
        if (key is null || term is null || folder is null || label is null || plural is null || parameter is null) return null;
        foreach (var (name, value) in new[] { ("key", key), ("folder", folder), ("parameter", parameter) })
        {
            if (!DocumentReader.IsValidSlug(value.Replace('_', '-')))
            {
                var node = entry[name]!.Value;
                diagnostics.Add(Diagnostic.Error(path, node.Line, node.Column, $"'{name}' must be lower-case letters, digits and hyphens, not '{value}'"));
                return null;
            }
        }
        foreach (var name in new[] { "required_on", "groups_listings", "everywhere_types" })
        {
            if (entry[name]?.Value is not FrontMatterList types) continue;
            foreach (var type in types.Items.OfType<FrontMatterScalar>().Where(s => DocumentKinds.ByKey(s.Text.Trim()) is null))
            {
                diagnostics.Add(Diagnostic.Error(path, type.Line, type.Column,
                    $"unknown document type '{type.Text}' in '{name}'{DidYouMean.Hint(type.Text, DocumentKinds.All.Select(k => k.Key))}"));
            }
        }
        return new Taxonomy
        {
            Key = key, Term = term, Folder = folder, Label = label, PluralLabel = plural, Parameter = parameter,
            RequiredOn = List("required_on"),
            Order = List("order") is { Count: > 0 } order ? order : ["title"],
            Intro = Text("intro"),
            Anchor = Text("anchor"),
            ItemLabels = Text("item_labels"),
            FeedsPerType = Text("feeds_per_type") == "true",
            FeedCategories = Text("feed_categories") == "true",
            GroupsListings = List("groups_listings"),
            Everywhere = Text("everywhere"),
            EverywhereTypes = List("everywhere_types"),
        };
    }

    // Two taxonomies cannot share a key, folder or search parameter, nor take a name the site already uses.
    private static void CheckUnique(string path, FrontMatterList list, List<Taxonomy> table, ICollection<Diagnostic> diagnostics)
    {
        var builtIn = new HashSet<string>(["q", "type", "jaar", "sorteer", "pagina"]);
        var reservedKeys = new HashSet<string>(["title", "summary", "date", "sources", "aliases", "toegang"]);
        for (var i = 0; i < table.Count; i++)
        {
            var t = table[i];
            var position = list.Items.OfType<FrontMatterMap>().FirstOrDefault(m => (m["key"]?.Value as FrontMatterScalar)?.Text.Trim() == t.Key);
            var (line, column) = (position?.Line ?? 1, position?.Column ?? 1);
            if (table.Take(i).Any(o => o.Key == t.Key || o.Folder == t.Folder || o.Parameter == t.Parameter))
                diagnostics.Add(Diagnostic.Error(path, line, column, $"taxonomy '{t.Key}' repeats the key, folder or parameter of another"));
            if (builtIn.Contains(t.Parameter) || reservedKeys.Contains(t.Key))
                diagnostics.Add(Diagnostic.Error(path, line, column, $"taxonomy '{t.Key}' takes a name the site already uses"));
            if (DocumentTypes.ByFolder.TryGetValue(t.Folder, out var type) && type is not (DocumentType.Thema or DocumentType.Regio))
                diagnostics.Add(Diagnostic.Error(path, line, column, $"the folder '{t.Folder}' already holds {type.PluralLabel().ToLowerInvariant()}"));
        }
    }
}
