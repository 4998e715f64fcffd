using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// Writes Brotli (<c>.br</c>) and gzip (<c>.gz</c>) versions of text files next to them at build time, so the host
/// sends compressed bytes without compressing per request.
/// </summary>
public static class PrecompressedFiles
{
    private static readonly HashSet<string> Compressible = [".html", ".css", ".js", ".xml", ".json", ".txt", ".svg"];
    private const int MinLength = 512;

    /// <summary>
    /// Compresses every text file below <paramref name="folder"/> that is worth it. With <paramref name="cache"/>
    /// (a folder), a file whose bytes were compressed before gets those copies instead of being compressed again;
    /// returns the cache keys (SHA-256 of the file) it used.
    /// </summary>
    public static IReadOnlyCollection<string> Write(string folder, string? cache = null)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Compressible.Contains(Path.GetExtension(f)) && new FileInfo(f).Length >= MinLength)
            .ToList();
        var used = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        if (cache is not null) Directory.CreateDirectory(cache);
        Parallel.ForEach(files, file =>
        {
            var bytes = File.ReadAllBytes(file);
            if (cache is null)
            {
                Compress(bytes, file + ".br", Brotli);
                Compress(bytes, file + ".gz", Gzip);
                return;
            }
            var key = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
            used[key] = true;
            var br = Path.Combine(cache, key + ".br");
            var gz = Path.Combine(cache, key + ".gz");
            if (!File.Exists(br)) Keep(bytes, br, Brotli);
            if (!File.Exists(gz)) Keep(bytes, gz, Gzip);
            HardLink.Place(br, file + ".br");
            HardLink.Place(gz, file + ".gz");
        });
        return used.Keys.ToList();
    }

    private static Stream Brotli(Stream s) => new BrotliStream(s, CompressionLevel.Optimal);

    private static Stream Gzip(Stream s) => new GZipStream(s, CompressionLevel.Fastest); // for the few clients without Brotli

    /// <summary>Compresses into the cache through a temporary file, so a cache entry is always complete.</summary>
    private static void Keep(byte[] bytes, string target, Func<Stream, Stream> compressor)
    {
        var temporary = $"{target}.tmp-{Guid.NewGuid():N}";
        Compress(bytes, temporary, compressor);
        File.Move(temporary, target, overwrite: true);
    }

    private static void Compress(byte[] bytes, string target, Func<Stream, Stream> compressor)
    {
        using var output = File.Create(target);
        using var stream = compressor(output);
        stream.Write(bytes);
    }
}
