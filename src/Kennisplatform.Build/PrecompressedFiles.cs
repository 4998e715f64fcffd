using System.Collections.Concurrent;
using System.IO.Compression;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// Brotli (<c>.br</c>) and gzip (<c>.gz</c>) versions of text files, written next to them at build time, so the host
/// sends compressed bytes without compressing per request.
/// </summary>
public sealed class PrecompressedFiles(string? cache)
{
    private static readonly HashSet<string> Compressible = [".html", ".css", ".js", ".xml", ".json", ".txt", ".svg"];
    private const int MinLength = 512;
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    /// <summary>The cache keys (SHA-256 of the file compressed or kept) used by this build.</summary>
    public IReadOnlyCollection<string> Used => _used.Keys.ToList();

    /// <summary>True for a file worth compressing: text, and not tiny.</summary>
    public static bool IsWorthIt(string path, long length) => Compressible.Contains(Path.GetExtension(path)) && length >= MinLength;

    /// <summary>
    /// Writes a file and, when worth it, its compressed copies into <paramref name="output"/>. With a cache folder,
    /// bytes compressed before get those copies (hard links) instead of being compressed again.
    /// </summary>
    public void Write(SiteOutput output, string path, byte[] bytes)
    {
        output.Write(path, bytes);
        if (!IsWorthIt(path, bytes.Length)) return;
        if (cache is null)
        {
            output.Write(path + ".br", Compress(bytes, Brotli));
            output.Write(path + ".gz", Compress(bytes, Gzip));
            return;
        }
        var key = SiteOutput.KeyOf(bytes);
        _used[key] = true;
        Place(output, path, bytes, key, Path.Combine(cache, key));
    }

    /// <summary>
    /// Writes a group of files that follow from one input key (<paramref name="inputKey"/>: the feeds, sitemap and JSON
    /// lists follow from the site alone) under <paramref name="folder"/>. With a cache folder each file is kept there
    /// under its SHA-256 beside its compressed copies, and when the last build kept the whole group under that key, the
    /// kept files are placed without <paramref name="create"/> being called.
    /// </summary>
    public void WriteGroup(SiteOutput output, string folder, string? inputKey, OutputMemo memo, Func<IEnumerable<OutputFile>> create)
    {
        if (cache is not null && inputKey is not null && memo.Get(inputKey) is { } kept && kept.Select(f => Kept(f.Path, f.Key)).ToList() is var compressed && !compressed.Contains(null))
        {
            for (var i = 0; i < kept.Count; i++)
            {
                var (path, key) = kept[i];
                _used[key] = true;
                var cached = Path.Combine(cache, key);
                output.Place(Path.Combine(folder, path), cached, key);
                if (compressed[i] == true) PlaceCopies(output, Path.Combine(folder, path), key, cached);
            }
            memo.Set(inputKey, kept);
            return;
        }
        if (cache is null || inputKey is null)
        {
            foreach (var file in create()) Write(output, Path.Combine(folder, file.Path), file.Content);
            return;
        }
        var written = new List<(string Path, string Key)>();
        foreach (var file in create())
        {
            var key = SiteOutput.KeyOf(file.Content);
            var cached = Path.Combine(cache, key);
            _used[key] = true;
            if (!File.Exists(cached)) Keep(file.Content, cached, s => s);
            output.Place(Path.Combine(folder, file.Path), cached, key);
            if (IsWorthIt(file.Path, file.Content.Length)) Place(output, Path.Combine(folder, file.Path), file.Content, key, cached);
            written.Add((file.Path, key));
        }
        memo.Set(inputKey, written);
    }

    // For a file kept whole in the cache (with its compressed copies when it is worth compressing): whether it has
    // compressed copies; null when it is not kept whole.
    private bool? Kept(string path, string key)
    {
        var file = new FileInfo(Path.Combine(cache!, key));
        if (!file.Exists) return null;
        if (!IsWorthIt(path, file.Length)) return false;
        return File.Exists(file.FullName + ".br") && File.Exists(file.FullName + ".gz") ? true : null;
    }

    /// <summary>
    /// Puts the compressed copies of <paramref name="bytes"/>, kept as <paramref name="cached"/><c>.br</c> and
    /// <c>.gz</c> (made now when missing), beside <paramref name="path"/>; <paramref name="key"/> names the content.
    /// </summary>
    public static void Place(SiteOutput output, string path, byte[] bytes, string key, string cached)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        if (!File.Exists(cached + ".br")) Keep(bytes, cached + ".br", Brotli);
        if (!File.Exists(cached + ".gz")) Keep(bytes, cached + ".gz", Gzip);
        PlaceCopies(output, path, key, cached);
    }

    // The compressed copies kept as <cached>.br and .gz, placed beside path under the key of what they compress.
    private static void PlaceCopies(SiteOutput output, string path, string key, string cached)
    {
        output.Place(path + ".br", cached + ".br", key + ".br");
        output.Place(path + ".gz", cached + ".gz", key + ".gz");
    }

    private static Stream Brotli(Stream s) => new BrotliStream(s, CompressionLevel.Optimal);

    private static Stream Gzip(Stream s) => new GZipStream(s, CompressionLevel.Fastest); // for the few clients without Brotli

    /// <summary>
    /// Compresses into the cache, whole or not at all. The copy is placed in the site next, so a failure is the build's
    /// error, not a skipped entry.
    /// </summary>
    private static void Keep(byte[] bytes, string target, Func<Stream, Stream> compressor) => WholeFile.Write(target, file =>
    {
        using var stream = compressor(file);
        stream.Write(bytes); // straight into the file: no compressed copy in memory
    });

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer)) stream.Write(bytes);
        return buffer.ToArray();
    }
}
