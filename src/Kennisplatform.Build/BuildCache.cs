using System.IO.Enumeration;
using System.Reflection;
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
/// <item><c>index-parts/</c>: index parts keyed by their documents, the analysis resources and the code
/// (<see cref="SearchIndexWriter"/>), whose segments are the index; after an edit only the edited page's part is analysed again.</item>
/// <item><c>file-stamps</c>: what the file system said of each content file with the SHA-256 of its bytes (<see cref="ContentFiles"/>).</item>
/// <item><c>content/</c>: each content file read, checked on its own and rendered, keyed by its bytes, in packs
/// (<see cref="ContentCache"/>, which also removes what the last build did not use).</item>
/// <item><c>compressed/</c>: Brotli and gzip copies keyed by the SHA-256 of the file they compress.</item>
/// <item><c>word-counts</c>: the compound dictionary's candidate words with the documents that have them, and which of them the word list has (<see cref="CorpusWordCounts"/>).</item>
/// <item><c>candidate-counts-*</c>: the same for the words of the list inside the documents' words, the dictionary's modifiers (per word list).</item>
/// <item><c>word-list</c>: the system word list's key with its file's stamp (<see cref="WordListStamp"/>).</item>
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

    /// <summary>Where each content file's document, diagnostics and rendered Markdown are kept (<see cref="ContentCache"/>).</summary>
    public string Content => Path.Combine(Folder, "content");

    /// <summary>Where rendered pages are kept, under the key of their component, model and code (<see cref="PageRenderer"/>).</summary>
    public string Pages => Path.Combine(Folder, "pages");

    /// <summary>Pages and generated files of the last build under the keys of their inputs (<see cref="OutputMemo"/>).</summary>
    public string OutputMemo => Path.Combine(Folder, "output-memo");

    /// <summary>The word list's words folded into a tree for finding compound candidates, kept for this word list and code.</summary>
    public string CompoundCandidates => Path.Combine(Folder, "compound-candidates");

    /// <summary>The words of the public documents with the number of documents that have each (<see cref="CorpusWordCounts"/>).</summary>
    public string WordCounts => Path.Combine(Folder, "word-counts");

    /// <summary>The words of the list <paramref name="listKey"/> inside the public documents' words, with the number of documents that have each (<see cref="CorpusWordCounts"/>).</summary>
    public string CandidateCounts(string listKey) => Path.Combine(Folder, "candidate-counts-" + listKey[..16]);

    /// <summary>The system word list's key with the stamp of its file (<see cref="WordListStamp"/>).</summary>
    public string WordListKey => Path.Combine(Folder, "word-list");

    /// <summary>Where the record of each kept build folder is: every file in it with its content key (<see cref="SiteOutput"/>).</summary>
    private string Builds => Path.Combine(Folder, "builds");

    /// <summary>The default cache of a site folder: beside it, never inside it.</summary>
    public static string DefaultFolder(string output) => Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + ".cache";

    /// <summary>
    /// The fingerprint of a build's whole input: every file under the content folder (path and the SHA-256 of its bytes,
    /// from <paramref name="files"/>), the build's code and theme (the Kennisplatform assemblies, whose identity changes
    /// with every change of their source or embedded theme files), the options that change output, and the word list.
    /// </summary>
    public static string Fingerprint(BuildOptions options, WordList words, ContentFiles files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        Text("build-v1");
        Text(options.CodeVersion ?? CodeVersion());
        Text(options.BaseUrl);
        Text(options.IndexPartSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Text(words.Key);
        foreach (var (path, fileHash) in files.Files)
        {
            Text(path);
            hash.AppendData(fileHash);
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>
    /// The identity of the code that renders the site: every Kennisplatform assembly the build uses (its own and those it
    /// references, directly or not), by module version id, so the answer does not depend on what happened to be loaded.
    /// </summary>
    public static string CodeVersion()
    {
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<Assembly>([typeof(BuildCache).Assembly]);
        while (queue.TryDequeue(out var assembly))
        {
            if (!seen.TryAdd(assembly.GetName().Name!, assembly.ManifestModule.ModuleVersionId.ToString())) continue;
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name?.StartsWith("Kennisplatform.", StringComparison.Ordinal) == true))
            {
                queue.Enqueue(Assembly.Load(reference));
            }
        }
        return string.Join(",", seen.Select(a => $"{a.Key}:{a.Value}"));
    }

    /// <summary>The manifest of the last build, or null when there is none or it cannot be read.</summary>
    public BuildManifest? ReadManifest()
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(Folder, ManifestFile)), CacheJson.Default.BuildManifest);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="output"/> still points at the build the manifest describes.</summary>
    public static bool IsPublished(BuildManifest manifest, string output) =>
        SitePublisher.PublishedFolder(output) is { } folder && string.Equals(Path.GetFileName(folder), manifest.BuildFolder, StringComparison.Ordinal);

    /// <summary>
    /// A kept build folder of <paramref name="output"/> that is not the published one and whose files the cache has a
    /// record of; null when there is none. Its record is to be removed (<see cref="ForgetRecord"/>) before the folder is
    /// changed, so that a build that stops halfway leaves a folder without a record, which is never used again
    /// (<see cref="KeepRecord"/> gives it back to a folder left as it was).
    /// </summary>
    public string? ReusableBuild(string output)
    {
        var builds = SitePublisher.BuildsFolder(output);
        if (!Directory.Exists(builds)) return null;
        var published = SitePublisher.PublishedFolder(output) is { } target ? Path.GetFileName(target) : null;
        return Directory.EnumerateDirectories(builds).Order(StringComparer.Ordinal)
            .FirstOrDefault(folder => Path.GetFileName(folder) != published && File.Exists(RecordOf(folder)));
    }

    /// <summary>Removes the record of the build folder <paramref name="buildFolder"/>: from here on it is being changed.</summary>
    public void ForgetRecord(string buildFolder) => TryDelete(RecordOf(buildFolder));

    /// <summary>The record of the files of the kept build folder <paramref name="buildFolder"/>; null when there is none or it cannot be read (then it is removed).</summary>
    public IReadOnlyDictionary<string, string>? ReadRecord(string buildFolder)
    {
        var record = RecordOf(buildFolder);
        try
        {
            // From the file's bytes: not through a string of the whole record (4 MB of JSON for the heavy corpus, read on every edit).
            return JsonSerializer.Deserialize(File.ReadAllBytes(record), CacheJson.Default.DictionaryStringString);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            TryDelete(record);
            return null;
        }
    }

    /// <summary>Records that the build folder <paramref name="buildFolder"/> holds <paramref name="files"/> (path → content key); false when the record cannot be written.</summary>
    public bool KeepRecord(string buildFolder, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(Builds);
        return WholeFile.TryWrite(RecordOf(buildFolder), s => JsonSerializer.Serialize(s, files, CacheJson.Default.IReadOnlyDictionaryStringString));
    }

    private string RecordOf(string buildFolder) => Path.Combine(Builds, Path.GetFileName(buildFolder.TrimEnd(Path.DirectorySeparatorChar)) + ".json");

    /// <summary>
    /// Forgets that the build folder <paramref name="buildFolder"/> holds <paramref name="paths"/> as built (the
    /// preview changed them), so that the next build that takes up the folder writes them again.
    /// </summary>
    public void Forget(string buildFolder, IEnumerable<string> paths)
    {
        // A record that cannot be read or written is removed: a folder without a record is written whole again.
        if (ReadRecord(buildFolder) is not { } read)
        {
            ForgetRecord(buildFolder);
            return;
        }
        var files = new Dictionary<string, string>(read, StringComparer.Ordinal);
        foreach (var path in paths) files.Remove(path);
        if (!KeepRecord(buildFolder, files)) ForgetRecord(buildFolder);
    }

    /// <summary>
    /// Records a finished build (its manifest and the record of its folder's files), and removes what it did not use:
    /// index parts, compressed copies and pages of other builds, and records of folders that are gone.
    /// </summary>
    public void Complete(string output, BuildManifest manifest, IReadOnlyCollection<string> partKeys, IReadOnlyCollection<string> compressedKeys,
        IReadOnlyCollection<string> pageKeys, IReadOnlyDictionary<string, string> files)
    {
        // Like every cache entry, a record that cannot be written is skipped; then no manifest may point at the build
        // either, so the next build does not trust what it cannot check.
        if (!KeepRecord(manifest.BuildFolder, files)
            || !WholeFile.TryWrite(Path.Combine(Folder, ManifestFile), s => JsonSerializer.Serialize(s, manifest, CacheJson.Default.BuildManifest)))
        {
            TryDelete(Path.Combine(Folder, ManifestFile));
        }
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
        var pages = pageKeys.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        if (Directory.Exists(Pages))
        {
            // A page's file and its compressed copies (<key>, <key>.br, <key>.gz) go with its key. Names are looked at
            // as the listing gives them: only the files to be removed (few after an edit, of 33 000) become strings.
            static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> name) => name.IndexOf('.') is var dot and >= 0 ? name[..dot] : name;
            var unused = new FileSystemEnumerable<string>(Pages, (ref FileSystemEntry entry) => entry.ToFullPath())
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && !pages.Contains(KeyOf(entry.FileName)),
            };
            foreach (var file in unused.ToList()) TryDelete(file);
        }
        var builds = SitePublisher.BuildsFolder(output);
        foreach (var record in Directory.EnumerateFiles(Builds, "*.json").Where(r => !Directory.Exists(Path.Combine(builds, Path.GetFileNameWithoutExtension(r)))).ToList())
        {
            TryDelete(record);
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
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            // In use; the next build removes it.
        }
    }
}
