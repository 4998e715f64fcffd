using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages.Artifacts;

namespace Kennisplatform.Pages;

/// <summary>
/// Links from outside must never break: an address the previous build published must still exist, as a page or as an
/// alias. When one disappears, the error names the file that should carry it under <c>aliases:</c> — the page with the
/// same title, or else the new page in the same folder that is most like it, or else the file it came from.
/// </summary>
public static class AddressGuard
{
    /// <summary>Diagnostics for every address of <paramref name="previous"/> that <paramref name="documents"/> no longer have.</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, AddressSource> previous, IReadOnlyList<Document> documents,
        IReadOnlyList<Taxonomy> taxonomies)
    {
        var current = documents
            .SelectMany(d => d.Aliases.Select(ContentValidator.NormalizePath).Append(d.Url))
            .Concat(SiteUrls.Listings.Select(l => l.Url))
            .Concat(SiteUrls.TaxonomyListings(taxonomies).Select(t => t.ListingUrl))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var bySource = documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var (address, source) in previous.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (current.Contains(address)) continue;
            // A page made closed leaves the public site on purpose; its old address must not point into the closed part.
            if (bySource.TryGetValue(source.Source, out var same) && same.IsRestricted) continue;
            var heir = Successor(address, source, documents, previous);
            var alias = heir?.FrontMatter["aliases"];
            diagnostics.Add(heir is null
                ? Diagnostic.Error(source.Source.Length > 0 ? source.Source : address.Trim('/'), 1, 1,
                    $"adres verdwenen: {address} — voeg aliases toe aan de pagina die het vervangt (aliases: [{address}])")
                : Diagnostic.Error(heir.SourcePath, alias?.Line ?? 1, alias?.Column ?? 1,
                    $"adres verdwenen: {address} — voeg aliases toe aan {heir.SourcePath} (aliases: [{address}])"));
        }
        return diagnostics;
    }

    private static Document? Successor(string address, AddressSource source, IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, AddressSource> previous)
    {
        var candidates = documents.Where(d => !d.IsRestricted).ToList();
        if (candidates.FirstOrDefault(d => d.SourcePath == source.Source) is { } moved) return moved;
        var fresh = candidates.Where(d => !previous.ContainsKey(d.Url)).ToList();
        if ((fresh.FirstOrDefault(d => d.Title == source.Title) ?? candidates.FirstOrDefault(d => d.Title == source.Title)) is { } titled) return titled;
        var folder = address.Trim('/').Split('/')[0];
        var slug = address.Trim('/').Split('/')[^1];
        return fresh
            .Where(d => d.Url.Trim('/').Split('/')[0] == folder)
            .OrderBy(d => DidYouMean.Distance(slug, d.Slug))
            .FirstOrDefault();
    }
}
