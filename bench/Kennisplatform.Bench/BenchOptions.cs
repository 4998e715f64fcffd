using System.Globalization;

namespace Kennisplatform.Bench;

/// <summary>The command line of the bench: <c>[--pages 1000,10000] [--seconds 10] [--connections 16] …</c>.</summary>
public sealed record BenchOptions(
    IReadOnlyList<int> Pages,
    TimeSpan Duration,
    int Connections,
    TimeSpan WarmUp,
    string WorkFolder,
    TimeSpan BuildTimeout,
    string? Site,
    string? Corpus = null,
    int Repeat = 1,
    bool Load = true,
    bool Reference = true,
    string? Cli = null,
    bool HostInProcess = false)
{
    /// <summary>What <c>--help</c> prints.</summary>
    public const string Usage = """
        usage: dotnet run -c Release --project bench/Kennisplatform.Bench -- [options]

          --pages 1000,10000      corpus sizes (documents) to generate and build; the largest is load-tested
          --seconds 10            measured time per endpoint of the search load run (1–600)
          --connections 16        concurrent keep-alive connections of the load generator (1–256)
          --warmup 15             warm-up seconds before each measured load run (the JIT needs them)
          --work DIR              where corpora and sites are written (default: <temp>/kennisplatform-bench)
          --build-timeout 120     minutes after which a build child process is stopped
          --site DIR              skip corpus and builds; load-test this built site (e.g. <work>/site-10000)
          --corpus DIR            build this content folder instead of generating corpora (e.g. the heavy corpus of
                                  ../shared/bench-corpus), and build the same Markdown with Hugo and Pagefind when installed
          --repeat 1              builds per corpus (and per reference tool); the tables show each run and the median
          --load yes|no           whether to load-test search on the largest site (default yes)
          --reference yes|no      whether to time Hugo and Pagefind with --corpus (default yes, when installed)
          --cli DIR               build with this published CLI (the folder of kennisplatform.dll) instead of publishing
                                  src/Kennisplatform.Cli into <work>/cli first, as docs/operations.md installs it
          --host process|bench    where the searched host runs: `kennisplatform serve` of that CLI in its own process,
                                  started as docs/operations.md starts it (default), or in the bench's own process
        """;

    /// <summary>Parses the options; throws <see cref="FormatException"/> with a message on a bad value.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count) throw new FormatException($"unexpected argument '{args[i]}'");
            values[args[i][2..]] = args[++i];
        }
        var known = new[] { "pages", "seconds", "connections", "warmup", "work", "build-timeout", "site", "corpus", "repeat", "load", "reference", "cli", "host" };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown) throw new FormatException($"unknown option --{unknown}");

        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Number(string text, int min, int max, string what) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n : throw new FormatException($"{what} must be a whole number from {min} to {max}, not '{text}'");

        var pages = Get("pages", "1000,10000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Number(p, CorpusGenerator.MinimumPages, 200_000, "--pages")).ToList();
        if (pages.Count == 0) throw new FormatException("--pages needs at least one size");
        bool YesNo(string name) => Get(name, "yes") switch
        {
            "yes" => true,
            "no" => false,
            var other => throw new FormatException($"--{name} must be yes or no, not '{other}'"),
        };
        var corpus = values.TryGetValue("corpus", out var c) ? Path.GetFullPath(c) : null;
        if (corpus is not null && !Directory.Exists(corpus)) throw new FormatException($"--corpus: no folder {corpus}");
        return new BenchOptions(
            pages,
            TimeSpan.FromSeconds(Number(Get("seconds", "10"), 1, 600, "--seconds")),
            Number(Get("connections", "16"), 1, 256, "--connections"),
            TimeSpan.FromSeconds(Number(Get("warmup", "15"), 0, 60, "--warmup")),
            Path.GetFullPath(Get("work", Path.Combine(Path.GetTempPath(), "kennisplatform-bench"))),
            TimeSpan.FromMinutes(Number(Get("build-timeout", "120"), 1, 1440, "--build-timeout")),
            values.TryGetValue("site", out var site) ? Path.GetFullPath(site) : null,
            corpus,
            Number(Get("repeat", "1"), 1, 9, "--repeat"),
            YesNo("load"),
            YesNo("reference"),
            values.TryGetValue("cli", out var cli) ? Path.GetFullPath(cli) : null,
            Get("host", "process") switch
            {
                "process" => false,
                "bench" => true,
                var other => throw new FormatException($"--host must be process or bench, not '{other}'"),
            });
    }
}
