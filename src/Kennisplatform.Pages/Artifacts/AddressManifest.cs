using System.Text.Json;
using Kennisplatform.Content;
using Kennisplatform.Contracts;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>Where a public address of a build came from: the content file, and the title of the page it shows.</summary>
public sealed record AddressSource(string Source, string Title);

/// <summary>
/// Every public address of a build (pages, their aliases and the listings), written into the build root
/// (<c>adressen.json</c>). The next build compares with it so that no address disappears unnoticed
/// (<see cref="AddressGuard"/>), and the host uses it to send case variants of an address to the real one.
/// Closed pages are never in it.
/// </summary>
public static class AddressManifest
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The addresses of a public site.</summary>
    public static IReadOnlyDictionary<string, AddressSource> Create(Site site)
    {
        var addresses = new SortedDictionary<string, AddressSource>(StringComparer.Ordinal);
        foreach (var d in site.Documents.Where(d => !d.IsRestricted))
        {
            addresses[d.Url] = new AddressSource(d.SourcePath, d.Title);
            foreach (var alias in d.Aliases) addresses[ContentValidator.NormalizePath(alias)] = new AddressSource(d.SourcePath, d.Title);
        }
        foreach (var (type, url) in SiteUrls.Listings) addresses.TryAdd(url, new AddressSource("", type.PluralLabel()));
        foreach (var taxonomy in SiteUrls.TaxonomyListings(site.Taxonomies)) addresses.TryAdd(taxonomy.ListingUrl, new AddressSource("", taxonomy.PluralLabel));
        return addresses;
    }

    /// <summary>The manifest file (for the build root).</summary>
    public static OutputFile File(Site site) => new(BuildLayout.AddressesFile, JsonSerializer.SerializeToUtf8Bytes(Create(site), Json));

    /// <summary>
    /// The manifest file of a built site (its folder, or the file itself) as bytes, unparsed (<see cref="Parse"/>): a
    /// build that kept the address guard's result for these bytes does not parse them. Null when there is none, as for a
    /// first build or a site built before manifests existed.
    /// </summary>
    public static byte[]? ReadFile(string siteOrFile)
    {
        var file = Directory.Exists(siteOrFile) ? new BuildLayout(siteOrFile).Addresses : siteOrFile;
        try
        {
            return System.IO.File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // No site yet, or a site link whose build is gone (as in a fresh clone): nothing to compare with.
            return null;
        }
    }

    /// <summary>The addresses in the bytes of a manifest file.</summary>
    public static IReadOnlyDictionary<string, AddressSource> Parse(byte[] manifest) =>
        JsonSerializer.Deserialize<Dictionary<string, AddressSource>>(manifest, Json) ?? [];
}
