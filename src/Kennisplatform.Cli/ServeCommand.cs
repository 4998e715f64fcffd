using Kennisplatform.Build;
using Kennisplatform.Contracts;
using Kennisplatform.Host;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform serve [--site DIR] [--urls URL] [--content DIR] [--watch]</c>.</summary>
public static class ServeCommand
{
    /// <summary>
    /// Serves a built site; without <c>--site</c> it first builds <c>content/</c> into <c>_site/</c>. With
    /// <c>--watch</c> it rebuilds on every change and the open page reloads itself.
    /// </summary>
    public static async Task<int> RunAsync(Arguments args)
    {
        var site = args.Get("site", "");
        var options = new BuildOptions(args.Get("content", "content"), site.Length > 0 ? site : "_site");
        // With --watch the watcher makes the first build itself, and keeps what it knows for fast updates.
        if (site.Length == 0 && !args.Has("watch") && !await BuildCommand.RunAsync(options)) return 1;

        var urls = args.Get("urls", SiteHost.DefaultUrl);
        var watch = args.Has("watch");
        Console.WriteLine($"Serving {Path.GetFullPath(options.OutputFolder)} on {urls} (Ctrl+C to stop).");
        using var stop = new CancellationTokenSource();
        using var watcher = watch ? new ContentWatcher(options) : null;
        var watching = watcher?.RunAsync(stop.Token) ?? Task.CompletedTask;
        while (watch && !Directory.Exists(new BuildLayout(options.OutputFolder).Public) && !watching.IsCompleted) await Task.Delay(100);
        var app = SiteHost.Create([$"--Site:Path={options.OutputFolder}", $"--urls={urls}", $"--Site:Preview={watch}"]);
        app.MapKennisplatform();
        await app.RunAsync();
        await stop.CancelAsync();
        try
        {
            await watching;
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }
}
