using System.IO.Compression;

namespace Kennisplatform.Build;

/// <summary>
/// Writes Brotli (<c>.br</c>) and gzip (<c>.gz</c>) versions of text files next to them at build time, so the host
/// sends compressed bytes without compressing per request.
/// </summary>
public static class PrecompressedFiles
{
    private static readonly HashSet<string> Compressible = [".html", ".css", ".js", ".xml", ".json", ".txt", ".svg"];
    private const int MinLength = 512;

    /// <summary>Compresses every text file below <paramref name="folder"/> that is worth it.</summary>
    public static void Write(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Compressible.Contains(Path.GetExtension(f)) && new FileInfo(f).Length >= MinLength)
            .ToList();
        Parallel.ForEach(files, file =>
        {
            var bytes = File.ReadAllBytes(file);
            Compress(bytes, file + ".br", s => new BrotliStream(s, CompressionLevel.Optimal));
            Compress(bytes, file + ".gz", s => new GZipStream(s, CompressionLevel.Fastest)); // for the few clients without Brotli
        });
    }

    private static void Compress(byte[] bytes, string target, Func<Stream, Stream> compressor)
    {
        using var output = File.Create(target);
        using var stream = compressor(output);
        stream.Write(bytes);
    }
}
