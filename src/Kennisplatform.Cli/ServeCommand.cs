using System.CommandLine;
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
    public static Command Create()
    {
        var site = CommonOptions.Site("serve this built site instead of building content/ into _site/");
        var content = CommonOptions.Content();
        var urls = new Option<string>("--urls") { Description = "where to listen", HelpName = "URL", DefaultValueFactory = _ => SiteHost.DefaultUrl };
        var watch = new Option<bool>("--watch") { Description = "rebuild on every change and reload the open page" };
        var command = new Command("serve", "serve a site (without --site: build first)") { site, content, urls, watch };
        command.SetAction((parsed, _) =>
            RunAsync(parsed.GetValue(site)!, parsed.GetValue(content)!, parsed.GetValue(urls)!, parsed.GetValue(watch)));
        return command;
    }

    /// <summary>Serves <paramref name="site"/>, or builds <paramref name="content"/> into <c>_site</c> and serves that.</summary>
    public static async Task<int> RunAsync(string site, string content, string urls, bool watch)
    {
        var options = new BuildOptions(content, site.Length > 0 ? site : "_site");
        // With --watch the watcher makes the first build itself, and keeps what it knows for fast updates.
        if (site.Length == 0 && !watch && !await BuildCommand.RunAsync(options)) return 1;

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
