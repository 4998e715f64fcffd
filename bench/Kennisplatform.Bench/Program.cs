using System.Diagnostics;
using System.Globalization;

namespace Kennisplatform.Bench;

/// <summary>
/// The bench command: generates corpora (or takes one with --corpus), builds each in a child process, builds the same
/// Markdown with Hugo and Pagefind when installed, load-tests search on the largest site, and prints tables and one JSON line.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "netwerk") return await NetworkBenchmark.RunAsync(args[1..]);
        if (args.Length == 2 && args[0] == SnippetComparison.Flag) return SnippetComparison.Run(args[1]);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        Directory.CreateDirectory(options.WorkFolder);
        var builds = new List<BuildRun>();
        IReadOnlyList<ReferenceRun> references = [];
        IReadOnlyList<IncrementalRun> incremental = [];
        // Builds run with the CLI as it is deployed (docs/operations.md): published once per run, unless one is given.
        PublishedCli? cli = null;
        // The search load's host is that command too, in its own process, unless --host bench.
        if (options.Site is null || (options.Load && !options.HostInProcess))
            cli = options.Cli is { } installed ? PublishedCli.Installed(installed) : await PublishedCli.PublishAsync(Path.Combine(options.WorkFolder, "cli"));
        if (options.Site is null && options.Corpus is { } corpus)
        {
            var summary = CorpusSummary.Read(corpus);
            for (var i = 0; i < options.Repeat; i++) builds.Add(await BuildAsync(cli!, summary.Documents, 0, summary, corpus, options));
            incremental = await IncrementalBuilds.RunAsync(cli!, corpus, SiteFolder(options, summary.Documents), options.BuildTimeout);
            if (options.Reference) references = ReferenceBuilds.Run(corpus, options.WorkFolder, options.Repeat);
        }
        else if (options.Site is null)
        {
            foreach (var pages in options.Pages)
            {
                var content = Path.Combine(options.WorkFolder, $"content-{pages}");
                Console.WriteLine($"N={pages}: generating corpus in {content} …");
                var clock = Stopwatch.StartNew();
                var summary = CorpusGenerator.Generate(content, pages);
                var generateSeconds = clock.Elapsed.TotalSeconds;
                for (var i = 0; i < options.Repeat; i++) builds.Add(await BuildAsync(cli!, pages, generateSeconds, summary, content, options));
            }
        }

        // The load run uses the site of the largest corpus, or the one given with --site.
        var largest = builds.MaxBy(b => b.Pages);
        var site = options.Site ?? (largest is { Result.Report.Succeeded: true } ? SiteFolder(options, largest.Pages) : null);
        SearchLoadResult? load = null;
        string? skipped = null;
        if (!options.Load)
        {
            skipped = "--load no";
        }
        else if (site is not null)
        {
            Console.WriteLine($"Search load on {site}: {options.Connections} connections, {options.WarmUp.TotalSeconds:0} s warm-up + " +
                              $"{options.Duration.TotalSeconds:0} s per endpoint …");
            load = await SearchLoadBenchmark.RunAsync(site, options.Connections, options.Duration, options.WarmUp, options.HostInProcess ? null : cli);
        }
        else
        {
            skipped = $"the build of N={largest?.Pages} did not succeed";
        }

        BenchReport.Print(new BenchResults(MachineInfo.Current(), options.Corpus ?? $"generated, seed {CorpusGenerator.Seed}", options.WorkFolder, cli, builds, references, incremental, load, skipped), Console.Out);
        return builds.All(b => b.Result.Report is { Succeeded: true }) ? 0 : 1;
    }

    private static async Task<BuildRun> BuildAsync(PublishedCli cli, int pages, double generateSeconds, CorpusSummary corpus, string content, BenchOptions options)
    {
        Console.WriteLine($"N={pages}: building {content} (kennisplatform build) …");
        var result = await BuildBenchmark.RunAsync(cli, content, SiteFolder(options, pages), options.BuildTimeout);
        var outcome = result.TimedOut ? $"stopped after {options.BuildTimeout.TotalMinutes:0} min"
            : result.Report is { } r ? string.Create(CultureInfo.InvariantCulture,
                $"{(r.Succeeded ? "ok" : "FAILED")} in {r.BuildSeconds:0.0} s ({string.Join(", ", r.Phases.Select(p => $"{p.Name} {p.Seconds:0.0} s"))})")
            : "the child process ended without a report";
        Console.WriteLine($"N={pages}: build {outcome}");
        return new BuildRun(pages, generateSeconds, corpus, result);
    }

    private static string SiteFolder(BenchOptions options, int pages) => Path.Combine(options.WorkFolder, $"site-{pages}");
}
