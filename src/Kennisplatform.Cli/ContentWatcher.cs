using System.Diagnostics;
using Kennisplatform.Build;

namespace Kennisplatform.Cli;

/// <summary>Rebuilds the site whenever a file in the content folder changes (for <c>serve --watch</c>).</summary>
public sealed class ContentWatcher(BuildOptions options) : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);
    private readonly SemaphoreSlim _changed = new(0);
    private FileSystemWatcher? _watcher;

    /// <summary>Watches until cancelled; each burst of changes gives one build, whose outcome is printed.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        _watcher = new FileSystemWatcher(options.ContentFolder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        _watcher.Changed += Signal;
        _watcher.Created += Signal;
        _watcher.Deleted += Signal;
        _watcher.Renamed += Signal;
        var builder = new SiteBuilder();
        Console.WriteLine($"Watching {options.ContentFolder} for changes.");
        while (!cancel.IsCancellationRequested)
        {
            await _changed.WaitAsync(cancel);
            var clock = Stopwatch.StartNew();
            // Editors save in bursts (temporary file, rename): wait until it is quiet, then build once.
            while (await _changed.WaitAsync(Quiet, cancel))
            {
            }
            var report = await builder.BuildAsync(options, cancel);
            Diagnostics.Print(options.ContentFolder, report.Diagnostics);
            Console.WriteLine(report.Succeeded
                ? $"Rebuilt in {clock.ElapsedMilliseconds} ms after the change; the open page reloads."
                : "Build failed; the site shows the last good build.");
        }
    }

    private void Signal(object sender, FileSystemEventArgs e) => _changed.Release();

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        _changed.Dispose();
    }
}
