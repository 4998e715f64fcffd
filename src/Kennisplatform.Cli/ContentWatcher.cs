using System.Diagnostics;
using Kennisplatform.Build;

namespace Kennisplatform.Cli;

/// <summary>
/// Rebuilds the site whenever a file in the content folder changes (for <c>serve --watch</c>). An edit to one existing
/// page is shown at once by redoing only that page; a full build follows when editing pauses.
/// </summary>
public sealed class ContentWatcher(BuildOptions options) : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(3);
    private readonly SemaphoreSlim _changed = new(0);
    private readonly HashSet<string> _paths = [];
    private readonly Lock _lock = new();
    private FileSystemWatcher? _watcher;

    /// <summary>Watches until cancelled; prints what each change led to.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        _watcher = new FileSystemWatcher(options.ContentFolder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        _watcher.Changed += Signal;
        _watcher.Created += Signal;
        _watcher.Deleted += Signal;
        _watcher.Renamed += Signal;
        var builder = new SiteBuilder();
        var preview = new PreviewUpdate();
        Console.WriteLine($"Watching {options.ContentFolder} for changes.");
        WordListNotice.Print();
        await FullBuildAsync(builder, Stopwatch.StartNew(), cancel);
        var fullBuildDue = false;
        while (!cancel.IsCancellationRequested)
        {
            if (!await _changed.WaitAsync(fullBuildDue ? Pause : Timeout.InfiniteTimeSpan, cancel))
            {
                // Editing paused: bring listings, feeds and the index up to date.
                fullBuildDue = false;
                await FullBuildAsync(builder, Stopwatch.StartNew(), cancel);
                continue;
            }
            var clock = Stopwatch.StartNew();
            // Editors save in bursts (temporary file, rename): wait until it is quiet.
            while (await _changed.WaitAsync(Quiet, cancel))
            {
            }
            string[] paths;
            lock (_lock)
            {
                paths = [.. _paths];
                _paths.Clear();
            }
            var pages = paths.Where(p => p.EndsWith(".md", StringComparison.Ordinal)).Distinct().ToList();
            if (pages.Count == 1 && paths.All(p => p == pages[0]) && builder.LastBuild is { } state && await TryPreviewAsync(preview, state, pages[0]))
            {
                Console.WriteLine($"Updated {pages[0]} in {clock.ElapsedMilliseconds} ms; the open page reloads. A full build follows when editing pauses.");
                fullBuildDue = true;
                continue;
            }
            fullBuildDue = false;
            await FullBuildAsync(builder, clock, cancel);
        }
    }

    private async Task FullBuildAsync(SiteBuilder builder, Stopwatch clock, CancellationToken cancel)
    {
        try
        {
            var report = await builder.BuildAsync(options, cancel);
            Diagnostics.Print(options.ContentFolder, report.Diagnostics);
            Console.WriteLine(report.Succeeded
                ? $"Rebuilt in {clock.ElapsedMilliseconds} ms; the open page reloads."
                : "Build failed; the site shows the last good build.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in one rebuild (a file locked, a disk full) must not end watching: the next save tries again.
            Console.Error.WriteLine($"Build failed: {e.Message}. The site shows the last good build; still watching.");
        }
    }

    // A page that cannot be redone alone (or a fault while trying) is left to the full build.
    private static async Task<bool> TryPreviewAsync(PreviewUpdate preview, BuildState state, string page)
    {
        try
        {
            return await preview.TryAsync(state, page);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"Updating {page} alone failed ({e.Message}); rebuilding the site.");
            return false;
        }
    }

    private void Signal(object sender, FileSystemEventArgs e)
    {
        // A folder reports a change whenever a file in it does; the file's own event is the one that counts.
        if (Directory.Exists(e.FullPath)) return;
        lock (_lock) _paths.Add(Path.GetRelativePath(options.ContentFolder, e.FullPath).Replace('\\', '/'));
        _changed.Release();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        _changed.Dispose();
    }
}
