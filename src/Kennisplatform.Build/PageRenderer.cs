using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Kennisplatform.Pages;
using Kennisplatform.Search;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Pages;

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

    /// <summary>
    /// Renders the theme's "not found" page once and lets it go, on the thread pool: the first page a process renders
    /// pays for loading and preparing the theme's code (70–80 ms), which an edit, that renders a page or two, does
    /// while its content is checked instead of after its index.
    /// </summary>
    public Task WarmUpAsync() => Task.Run(() => theme.RenderBatchUtf8Async([new PageRequest(typeof(NotFoundPage), SitePageSet.NotFound())]));

    /// <summary>The key of a page: component, model (see <see cref="KeyHash"/>) and code.</summary>
    public static string KeyOf(PageRequest page, string codeVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"page-v3\n{codeVersion}\n{page.Component.FullName}\n"));
        KeyHash.Append(hash, page.Model);
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>
    /// The input key of a page: the <see cref="SiteKey"/> (which holds the code), the page's file, the content key of its
    /// source document's file (<paramref name="sourceKey"/>: its front matter and body, so its rendered HTML and headings)
    /// and the addresses of its "Zie ook" list in order. A page's model is made from nothing else
    /// (<see cref="SitePageSet.DocumentPages"/>), so two pages with one input key have one page key. The list's items
    /// are the site's own entries for those addresses (<see cref="Presentation.Item"/>), which the site key covers.
    /// </summary>
    public static string InputKeyOf(string siteKey, OutputPage page, string sourceKey)
    {
        using var text = new HashInput(1024);
        text.Append("page-input-v2\n");
        foreach (var part in (ReadOnlySpan<string>)[siteKey, page.FilePath, sourceKey])
        {
            text.Append(part);
            text.Append('\n');
        }
        foreach (var item in page.Related)
        {
            text.Append(item.Url);
            text.Append('\n');
        }
        return text.ToKey();
    }

    /// <summary>
    /// Renders <paramref name="pages"/> into <paramref name="folder"/> (relative to the build folder) of <paramref name="output"/>.
    /// With <paramref name="memo"/>, a page whose input key (<paramref name="inputKey"/>) the last build saw takes its
    /// key from there, and its model is never made.
    /// </summary>
    public async Task RenderAsync(IReadOnlyList<OutputPage> pages, SiteOutput output, string folder, CancellationToken cancel,
        OutputMemo? memo = null, Func<OutputPage, string?>? inputKey = null)
    {
        var keys = new string?[pages.Count];
        var present = new bool[pages.Count];
        var placed = new bool[pages.Count];
        if (cache is not null)
        {
            Directory.CreateDirectory(cache);
            Parallel.For(0, pages.Count, i =>
            {
                var input = memo is null ? null : inputKey?.Invoke(pages[i]);
                // The page's HTML is there when the build folder holds it already (then it is placed at once: most pages
                // of an edit), or when the cache still has it.
                if (input is not null && memo!.Get(input) is { Count: 1 } last && last[0] is var kept && kept.Path == pages[i].FilePath)
                {
                    var path = Path.Combine(folder, kept.Path);
                    var held = output.Holds(path, kept.Key);
                    if (held || File.Exists(Path.Combine(cache, kept.Key)))
                    {
                        keys[i] = kept.Key;
                        present[i] = true;
                        memo.Set(input, last);
                        if (held)
                        {
                            Place(output, path, kept.Key, null);
                            placed[i] = true;
                        }
                        return;
                    }
                }
                keys[i] = KeyOf(pages[i].Request, codeVersion);
                if (input is not null) memo!.Set(input, [(pages[i].FilePath, keys[i]!)]);
            });
        }
        await RenderAsync(pages, keys, present, output, folder, cancel, placed);
    }

    /// <summary>
    /// Renders a group of pages that follow from one input key (<paramref name="inputKey"/>: the pages that follow from
    /// the site alone): when the last build kept every page of the group under that key, they are placed without
    /// <paramref name="create"/> being called; otherwise as <see cref="RenderAsync(IReadOnlyList{OutputPage}, SiteOutput, string, CancellationToken, OutputMemo?, Func{OutputPage, string?}?)"/>.
    /// </summary>
    public async Task<int> RenderGroupAsync(string? inputKey, OutputMemo memo, Func<IReadOnlyList<OutputPage>> create, SiteOutput output, string folder,
        CancellationToken cancel)
    {
        if (cache is not null && inputKey is not null && memo.Get(inputKey) is { } kept && kept.All(p => File.Exists(Path.Combine(cache, p.Key))))
        {
            Parallel.ForEach(kept, page => Place(output, Path.Combine(folder, page.Path), page.Key, null));
            memo.Set(inputKey, kept);
            return kept.Count;
        }
        var pages = create();
        var keys = new string?[pages.Count];
        if (cache is not null)
        {
            Directory.CreateDirectory(cache);
            Parallel.For(0, pages.Count, i => keys[i] = KeyOf(pages[i].Request, codeVersion));
            if (inputKey is not null) memo.Set(inputKey, pages.Select((p, i) => (p.FilePath, keys[i]!)).ToList());
        }
        await RenderAsync(pages, keys, new bool[pages.Count], output, folder, cancel, new bool[pages.Count]);
        return pages.Count;
    }

    // Pages whose cached HTML is known to be there (present) or is there under its key are placed, unless placed
    // already; the others rendered.
    private async Task RenderAsync(IReadOnlyList<OutputPage> pages, string?[] keys, bool[] present, SiteOutput output, string folder, CancellationToken cancel,
        bool[] placed)
    {
        // Placing a kept page is a few system calls (links into a fresh folder: all 11 000 pages), so on all cores too.
        Parallel.For(0, pages.Count, i =>
        {
            if (placed[i] || keys[i] is not { } key || !(present[i] || File.Exists(Path.Combine(cache!, key)))) return;
            Place(output, Path.Combine(folder, pages[i].FilePath), key, null);
            placed[i] = true;
        });
        var missing = Enumerable.Range(0, pages.Count).Where(i => !placed[i]).ToList();
        await Parallel.ForEachAsync(missing.Chunk(BatchSize), cancel, async (batch, _) =>
        {
            var html = await theme.RenderBatchUtf8Async(batch.Select(i => pages[i].Request).ToList());
            for (var b = 0; b < batch.Length; b++)
            {
                var i = batch[b];
                var path = Path.Combine(folder, pages[i].FilePath);
                var bytes = html[b];
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
        if (rendered is not null)
        {
            var cached = Path.Combine(cache!, key);
            if (PrecompressedFiles.IsWorthIt(path, rendered.Length)) PrecompressedFiles.Place(output, path, rendered, key, cached);
            WholeFile.Write(cached, rendered); // placed in the site next: a failure is the build's error
            output.Place(path, cached, key);
            return;
        }
        // What the build folder holds is recorded as it is, without a look-up in the cache (most files of an edit).
        if (!output.Keep(path, key)) output.Place(path, Path.Combine(cache!, key), key);
        // A compressed copy the build folder holds for this page was made from these bytes: a clean build makes it too.
        foreach (var suffix in (ReadOnlySpan<string>)[".br", ".gz"])
        {
            var (copy, copyKey) = (path + suffix, key + suffix);
            if (!output.Keep(copy, copyKey) && Path.Combine(cache!, copyKey) is var cachedCopy && File.Exists(cachedCopy)) output.Place(copy, cachedCopy, copyKey);
        }
    }
}
