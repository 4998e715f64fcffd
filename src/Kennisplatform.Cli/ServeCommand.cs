using Kennisplatform.Build;
using Kennisplatform.Host;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform serve [--site DIR] [--urls URL] [--content DIR]</c>.</summary>
public static class ServeCommand
{
    /// <summary>Serves a built site; without <c>--site</c> it first builds <c>content/</c> into <c>_site/</c>.</summary>
    public static async Task<int> RunAsync(Arguments args)
    {
        var site = args.Get("site", "");
        if (site.Length == 0)
        {
            site = "_site";
            if (!await BuildCommand.RunAsync(new BuildOptions(args.Get("content", "content"), site))) return 1;
        }
        var urls = args.Get("urls", SiteHost.DefaultUrl);
        Console.WriteLine($"Serving {Path.GetFullPath(site)} on {urls} (Ctrl+C to stop).");
        await Kennisplatform.Host.Program.Main([$"--Site:Path={site}", $"--urls={urls}"]);
        return 0;
    }
}
