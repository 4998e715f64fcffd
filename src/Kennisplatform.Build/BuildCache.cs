using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>What the cache remembers of the last successful build, in <c>manifest.json</c>.</summary>
public sealed record BuildManifest(string Fingerprint, string BuildFolder, int PageCount, int IndexedCount);

/// <summary>
/// The build cache, a folder outside the site (by default <c>&lt;output&gt;.cache</c>). It only ever holds results
/// under a key of everything they follow from, so a cached result is the result a clean build would compute:
/// <list type="bullet">
/// <item><c>manifest.json</c>: the fingerprint of the last build's input (every content file, the code and theme, the
/// options, the word list). The same fingerprint, with that build still published, means nothing is to be done.</item>
/// <item><c>index-parts/</c>: index parts and groups of parts keyed by their documents, the analysis resources and the
/// code (<see cref="SearchIndexWriter"/>); after an edit only the edited page's part is analysed and its group merged again.</item>
/// <item><c>compressed/</c>: Brotli and gzip copies keyed by the SHA-256 of the file they compress.</item>
/// </list>
/// Entries are written aside and moved into place complete; a part that cannot be read makes the build start again
/// without the cache. Whatever the last build did not use is removed after it.
/// </summary>
public sealed class BuildCache(string folder)
{
    private const string ManifestFile = "manifest.json";

    /// <summary>The cache folder.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Where index parts are kept.</summary>
    public string IndexParts => Path.Combine(Folder, "index-parts");

    /// <summary>Where compressed copies are kept.</summary>
    public string Compressed => Path.Combine(Folder, "compressed");

    /// <summary>The default cache of a site folder: beside it, never inside it.</summary>
    public static string DefaultFolder(string output) => Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + ".cache";

    /// <summary>
    /// The fingerprint of a build's whole input: every file under the content folder (path and bytes), the build's code
    /// and theme (the Kennisplatform assemblies, whose identity changes with every change of their source or embedded
    /// theme files), the options that change output, and the word list.
    /// </summary>
    public static string Fingerprint(BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        Text("build-v1");
        Text(options.CodeVersion ?? CodeVersion());
        Text(options.BaseUrl);
        Text(options.IndexPartSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (options.WordList is { } words)
        {
            foreach (var word in words) Text(word);
        }
        else if (File.Exists(CompoundDictionary.SystemWordList))
        {
            hash.AppendData(File.ReadAllBytes(CompoundDictionary.SystemWordList));
        }
        var root = Path.GetFullPath(options.ContentFolder);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Text(Path.GetRelativePath(root, file));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>The identity of the code that renders the site: every loaded Kennisplatform assembly.</summary>
    public static string CodeVersion() =>
        string.Join(",", AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Kennisplatform.", StringComparison.Ordinal) == true)
            .Select(a => $"{a.GetName().Name}:{a.ManifestModule.ModuleVersionId}")
            .Order(StringComparer.Ordinal));

    /// <summary>The manifest of the last build, or null when there is none or it cannot be read.</summary>
    public BuildManifest? ReadManifest()
    {
        try
        {
            return JsonSerializer.Deserialize<BuildManifest>(File.ReadAllText(Path.Combine(Folder, ManifestFile)));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="output"/> still points at the build the manifest describes.</summary>
    public static bool IsPublished(BuildManifest manifest, string output)
    {
        var link = new DirectoryInfo(Path.GetFullPath(output));
        if (link.LinkTarget is null) return false;
        var target = Path.GetFullPath(link.LinkTarget, Path.GetDirectoryName(link.FullName)!);
        return string.Equals(Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar)), manifest.BuildFolder, StringComparison.Ordinal)
               && Directory.Exists(target);
    }

    /// <summary>Records a finished build, and removes what it did not use.</summary>
    public void Complete(BuildManifest manifest, IReadOnlyCollection<string> partKeys, IReadOnlyCollection<string> compressedKeys)
    {
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $"{ManifestFile}.tmp-{Guid.NewGuid():N}");
        File.WriteAllText(temporary, JsonSerializer.Serialize(manifest));
        File.Move(temporary, Path.Combine(Folder, ManifestFile), overwrite: true);
        var parts = partKeys.ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(IndexParts))
        {
            foreach (var part in Directory.EnumerateDirectories(IndexParts).Where(p => !parts.Contains(Path.GetFileName(p))).ToList()) TryDelete(part);
        }
        var compressed = compressedKeys.ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(Compressed))
        {
            foreach (var file in Directory.EnumerateFiles(Compressed).Where(f => !compressed.Contains(Path.GetFileNameWithoutExtension(f))).ToList()) TryDelete(file);
        }
    }

    /// <summary>Forgets everything (after a cache entry turned out unreadable).</summary>
    public void Clear() => TryDelete(Folder);

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // In use; the next build removes it.
        }
    }
}
