using Kennisplatform.Build;
using Kennisplatform.Content;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform build [--content DIR] [--output DIR]</c>.</summary>
public static class BuildCommand
{
    /// <summary>Builds the site; prints diagnostics compiler-style; exit code 1 on any error.</summary>
    public static async Task<int> RunAsync(Arguments args)
    {
        var options = new BuildOptions(args.Get("content", "content"), args.Get("output", "_site"),
            BaseUrl: args.Get("base-url", Kennisplatform.Pages.SiteSettings.DefaultBaseUrl));
        return await RunAsync(options) ? 0 : 1;
    }

    /// <summary>Runs a build and reports it; true when it succeeded.</summary>
    public static async Task<bool> RunAsync(BuildOptions options)
    {
        var report = await new SiteBuilder().BuildAsync(options);
        Diagnostics.Print(options.ContentFolder, report.Diagnostics);
        var errors = report.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = report.Diagnostics.Count - errors;
        if (!report.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {errors} error(s), {warnings} warning(s). Nothing was published; {options.OutputFolder} is unchanged.");
            return false;
        }
        var phases = string.Join(", ", report.Phases.Select(p => $"{p.Phase} {p.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine($"Built {report.PageCount} pages and indexed {report.IndexedCount} documents into {options.OutputFolder} ({warnings} warning(s); {phases}).");
        return true;
    }
}
