using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Kennisplatform.Build;
using Kennisplatform.Content;
using Kennisplatform.Pages;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform build [--content DIR] [--output DIR] [--base-url URL] [--previous SITE] [--report FILE]</c>.</summary>
public static class BuildCommand
{
    /// <summary>The <c>build</c> verb; exit code 1 on any error.</summary>
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = new Option<string>("--output") { Description = "where the site goes", HelpName = "DIR", DefaultValueFactory = _ => "_site" };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "the address the site is served from", HelpName = "URL", DefaultValueFactory = _ => SiteSettings.DefaultBaseUrl,
        };
        // Without --previous a build compares with the site it replaces (the one at --output).
        var previous = CommonOptions.Previous("");
        var figures = new Option<string>("--report")
        {
            Description = "also write the build's figures (phase times, processor time, peak memory) as JSON to this file",
            HelpName = "FILE",
            DefaultValueFactory = _ => "",
        };
        var command = new Command("build", "build content/ into _site/ (public/ + index/)") { content, output, baseUrl, previous, figures };
        command.SetAction(async (parsed, _) =>
            await RunAsync(new BuildOptions(parsed.GetValue(content)!, parsed.GetValue(output)!, BaseUrl: parsed.GetValue(baseUrl)!,
                PreviousSite: parsed.GetValue(previous) is { Length: > 0 } site ? site : null),
                parsed.GetValue(figures) is { Length: > 0 } file ? file : null) ? 0 : 1);
        return command;
    }

    /// <summary>Runs a build and reports it, and writes its figures to <paramref name="figuresFile"/> when given; true when it succeeded.</summary>
    public static async Task<bool> RunAsync(BuildOptions options, string? figuresFile = null)
    {
        var clock = Stopwatch.StartNew();
        var report = await new SiteBuilder().BuildAsync(options);
        if (figuresFile is not null) await File.WriteAllTextAsync(figuresFile, JsonSerializer.Serialize(BuildFigures.Of(report, clock.Elapsed), BuildFigures.Json));
        Diagnostics.Print(options.ContentFolder, report.Diagnostics);
        WordListNotice.Print();
        var errors = report.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = report.Diagnostics.Count - errors;
        if (!report.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {errors} error(s), {warnings} warning(s). Nothing was published; {options.OutputFolder} is unchanged.");
            return false;
        }
        var phases = string.Join(", ", report.Phases.Select(p => $"{p.Phase} {p.Elapsed.TotalMilliseconds:0} ms"));
        var processor = string.Join(", ", report.ProcessorTimes.Select(p => $"{p.Phase} {p.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine($"Built {report.PageCount} pages and indexed {report.IndexedCount} documents into {options.OutputFolder} ({warnings} warning(s); {phases}).");
        if (processor.Length > 0) Console.WriteLine($"Processor time: {processor}. Cache: {report.Cache}.");
        var allocated = string.Join(", ", report.Allocations.Select(a => $"{a.Phase} {a.Bytes / 1e6:0} MB"));
        if (allocated.Length > 0) Console.WriteLine($"Allocated: {allocated}.");
        return true;
    }
}
