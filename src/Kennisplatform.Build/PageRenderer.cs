using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Kennisplatform.Pages;
using Kennisplatform.Search;
using Kennisplatform.Theme;

namespace Kennisplatform.Build;

/// <summary>
/// Renders pages into a build's output. A page's key is everything its HTML follows from: the theme component, its
/// model (as JSON: the page's own text, its "Zie ook" list, the titles and addresses it links to, the listings it
/// shows) and the identity of the code and theme. With a cache folder, a page whose key was rendered before is a hard
/// link to that HTML and its compressed copies, and only pages whose model changed are rendered.
/// </summary>
public sealed class PageRenderer(ThemeRenderer theme, string? cache, string codeVersion)
{
    private const int BatchSize = 64;
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private int _rendered;

    /// <summary>How many pages were rendered (the others came from the cache).</summary>
    public int Rendered => _rendered;

    /// <summary>The cache keys of the pages of this build.</summary>
    public IReadOnlyCollection<string> Used => _used.Keys.ToList();

    /// <summary>The key of a page: component, model (see <see cref="KeyHash"/>) and code.</summary>
    public static string KeyOf(PageRequest page, string codeVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"page-v3\n{codeVersion}\n{page.Component.FullName}\n"));
        KeyHash.Append(hash, page.Model);
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>Renders <paramref name="pages"/> into <paramref name="folder"/> (relative to the build folder) of <paramref name="output"/>.</summary>
    public async Task RenderAsync(IReadOnlyList<OutputPage> pages, SiteOutput output, string folder, CancellationToken cancel)
    {
        var keys = new string?[pages.Count];
        if (cache is not null)
        {
            Directory.CreateDirectory(cache);
            Parallel.For(0, pages.Count, i => keys[i] = KeyOf(pages[i].Request, codeVersion));
        }
        var missing = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (keys[i] is { } key && File.Exists(Path.Combine(cache!, key)))
            {
                Place(output, Path.Combine(folder, pages[i].FilePath), key, null);
            }
            else
            {
                missing.Add(i);
            }
        }
        await Parallel.ForEachAsync(missing.Chunk(BatchSize), cancel, async (batch, _) =>
        {
            var html = await theme.RenderBatchAsync(batch.Select(i => pages[i].Request).ToList());
            for (var b = 0; b < batch.Length; b++)
            {
                var i = batch[b];
                var path = Path.Combine(folder, pages[i].FilePath);
                var bytes = Encoding.UTF8.GetBytes(html[b]);
                Interlocked.Increment(ref _rendered);
                if (keys[i] is { } key) Place(output, path, key, bytes);
                else new PrecompressedFiles(null).Write(output, path, bytes);
            }
        });
    }

    /// <summary>
    /// Puts the cached page <paramref name="key"/> at <paramref name="path"/>, keeping <paramref name="rendered"/> in
    /// the cache first when it was just rendered (compressed copies before the page, so a page there is complete).
    /// </summary>
    private void Place(SiteOutput output, string path, string key, byte[]? rendered)
    {
        _used[key] = true;
        var cached = Path.Combine(cache!, key);
        if (rendered is not null)
        {
            if (PrecompressedFiles.IsWorthIt(path, rendered.Length)) PrecompressedFiles.Place(output, path, rendered, key, cached);
            var temporary = $"{cached}.tmp-{Guid.NewGuid():N}";
            File.WriteAllBytes(temporary, rendered);
            File.Move(temporary, cached, overwrite: true);
            output.Place(path, cached, key);
            return;
        }
        output.Place(path, cached, key);
        if (File.Exists(cached + ".br")) output.Place(path + ".br", cached + ".br", key + ".br");
        if (File.Exists(cached + ".gz")) output.Place(path + ".gz", cached + ".gz", key + ".gz");
    }
}
