using System.Collections.Concurrent;
using System.Text.Json;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Host.Network;

/// <summary>
/// The site's themes and regions, read from the published build's per-theme and per-region lists
/// (<c>data/themas/*.json</c>, <c>data/regios/*.json</c>) and kept per build, so that a new build brings new themes.
/// </summary>
public sealed class TaxonomySource
{
    private readonly ConcurrentDictionary<string, Taxonomy> _byBuild = new();

    /// <summary>The taxonomy of the build the request is answered from.</summary>
    public Taxonomy For(SiteLease lease)
    {
        var root = lease.Snapshot.Root;
        if (_byBuild.TryGetValue(root, out var known)) return known;
        var taxonomy = new Taxonomy(Read(Path.Combine(lease.Snapshot.Public, "data", "themas"), "theme"),
            Read(Path.Combine(lease.Snapshot.Public, "data", "regios"), "region"));
        if (_byBuild.Count > 8) _byBuild.Clear(); // old builds are gone; keep the cache small
        return _byBuild[root] = taxonomy;
    }

    private static IReadOnlyDictionary<string, string> Read(string folder, string slugProperty)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return result;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            if (doc.RootElement.TryGetProperty(slugProperty, out var slug) && doc.RootElement.TryGetProperty("title", out var title))
            {
                result[slug.GetString()!] = title.GetString()!;
            }
        }
        // Sorted by title for the forms.
        return result.OrderBy(p => p.Value, StringComparer.Create(new System.Globalization.CultureInfo("nl-NL"), true))
            .ToDictionary(p => p.Key, p => p.Value);
    }
}
