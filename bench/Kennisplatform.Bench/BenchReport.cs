using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Kennisplatform.Bench;

/// <summary>The machine the figures were taken on.</summary>
public sealed record MachineInfo(int Cores, string Os, string Runtime, string Gc, long MemoryBytes)
{
    /// <summary>This machine.</summary>
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC ? "server" : "workstation",
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
}

/// <summary>One corpus size: generating it and building it.</summary>
public sealed record BuildRun(int Pages, double GenerateSeconds, CorpusSummary Corpus, BuildResult Result);

/// <summary>Everything one bench run measured.</summary>
public sealed record BenchResults(
    MachineInfo Machine,
    string CorpusSource,
    string WorkFolder,
    PublishedCli? Cli,
    IReadOnlyList<BuildRun> Builds,
    IReadOnlyList<ReferenceRun> References,
    IReadOnlyList<IncrementalRun> Incremental,
    SearchLoadResult? Load,
    string? LoadSkipped);

/// <summary>Prints the results as readable tables, then as one JSON line.</summary>
public static class BenchReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Both forms, tables first.</summary>
    public static void Print(BenchResults results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Tables(results));
        output.WriteLine(JsonSerializer.Serialize(JsonShape(results), BenchJson.Options));
    }

    private static string Tables(BenchResults r)
    {
        var text = new StringBuilder();
        var m = r.Machine;
        text.AppendLine(C, $"Machine: {m.Cores} cores, {Gb(m.MemoryBytes)} memory, {m.Os}, {m.Runtime}, {m.Gc} GC");
        text.AppendLine(C, $"Corpus: {r.CorpusSource}; work folder {r.WorkFolder}");
        if (r.Cli is { } cli)
        {
            text.AppendLine(cli.PublishSeconds is { } publish
                ? $"CLI: published as docs/operations.md installs it, into {cli.Folder}, in {S(publish)} s wall, {(cli.PublishCpuSeconds is { } cpu ? S(cpu) : "-")} processor s (not part of any build below)"
                : $"CLI: the installed {cli.Folder}");
        }
        text.AppendLine();

        if (r.Builds.Count == 0) return text.Append(LoadTables(r)).ToString();

        text.AppendLine("Corpus (documents per type)");
        var types = r.Builds.SelectMany(b => b.Corpus.PerType.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var corpus = new Table(["documents", .. types, "of which besloten", "content"]);
        foreach (var b in r.Builds)
        {
            corpus.Row([N(b.Pages), .. types.Select(t => N(b.Corpus.PerType.GetValueOrDefault(t))), N(b.Corpus.Restricted), Mb(b.Corpus.Bytes)]);
        }
        text.Append(corpus);
        text.AppendLine();

        text.AppendLine("Build (kennisplatform build of that CLI, one process per build; seconds of wall time, cpu = CPU seconds of the build process)");
        var phases = r.Builds.SelectMany(b => b.Result.Report?.Phases ?? []).Select(p => p.Name).Distinct().ToList();
        var build = new Table(["documents", "status", "generate", .. phases, "build", "process", "cpu", "loadavg", "peak mem", "allocated", "pages", "index", "public"]);
        foreach (var b in r.Builds)
        {
            var rep = b.Result.Report;
            var status = b.Result.TimedOut ? "TIMEOUT" : rep is null ? "CRASHED" : rep.Succeeded ? "ok" : $"{rep.Errors} errors";
            build.Row([
                N(b.Pages), status, S(b.GenerateSeconds),
                .. phases.Select(p => rep?.Phases.FirstOrDefault(x => x.Name == p) is { } t ? S(t.Seconds) : "-"),
                rep is null ? "-" : S(rep.BuildSeconds), S(b.Result.ProcessSeconds), rep is null ? "-" : S(rep.CpuSeconds),
                b.Result.LoadAverageAtStart is { } l ? F(l, "0.00") : "-",
                rep is null ? "-" : Mb(rep.PeakWorkingSetBytes), rep is null ? "-" : Gb(rep.AllocatedBytes),
                rep is null ? "-" : N(rep.PageCount), Mb(b.Result.IndexBytes),
                $"{Mb(b.Result.PublicBytes)} / {N(b.Result.PublicFiles)} files",
            ]);
        }
        text.Append(build);
        foreach (var b in r.Builds.Where(b => b.Result.Report is { Succeeded: false, FirstError: not null }))
        {
            text.AppendLine(C, $"  N={b.Pages}: first error: {b.Result.Report!.FirstError}");
        }
        text.AppendLine();
        text.Append(SideBySide(r));
        if (r.Incremental.Count > 0)
        {
            text.AppendLine("Incremental builds with the build cache, after the cold build above (child process each; wall seconds)");
            var table = new Table(["change", "status", "build", "process", "cpu", "peak mem", "cache", "loadavg"]);
            foreach (var run in r.Incremental)
            {
                var rep = run.Result.Report;
                table.Row([run.Change, rep is null ? "CRASHED" : rep.Succeeded ? "ok" : "FAILED", rep is null ? "-" : S(rep.BuildSeconds), S(run.Result.ProcessSeconds),
                    rep is null ? "-" : S(rep.CpuSeconds), rep is null ? "-" : Mb(rep.PeakWorkingSetBytes), rep?.Cache ?? "-", run.Result.LoadAverageAtStart is { } l ? F(l, "0.00") : "-"]);
            }
            text.Append(table);
            var later = r.Incremental.Where(i => i.Change == IncrementalBuilds.LaterEdit && i.Result.Report is { Succeeded: true }).ToList();
            if (later.Count > 0)
            {
                var process = later.Select(i => i.Result.ProcessSeconds).ToList();
                text.AppendLine(C, $"Later edits ({later.Count}): process {S(Median(process))} s median ({S(process.Min())}–{S(process.Max())}), " +
                    $"build {S(Median(later.Select(i => i.Result.Report!.BuildSeconds)))} s, cpu {S(Median(later.Select(i => i.Result.Report!.CpuSeconds)))} s median; " +
                    $"{process.Count(p => p <= 3)} of {later.Count} within 3 s");
            }
            text.AppendLine();
        }
        return text.Append(LoadTables(r)).ToString();
    }

    /// <summary>Our build next to Hugo and Hugo + Pagefind on the same Markdown: medians of the runs, largest peak.</summary>
    private static string SideBySide(BenchResults r)
    {
        if (r.References.Count == 0) return "";
        var text = new StringBuilder();
        var largest = r.Builds.Max(b => b.Pages);
        var ours = r.Builds.Where(b => b.Pages == largest && b.Result.Report is { Succeeded: true }).Select(b => b.Result.Report!).ToList();
        var hugo = r.References.Where(x => x.Tool == "hugo" && x.Succeeded).ToList();
        var pagefind = r.References.Where(x => x.Tool == "pagefind" && x.Succeeded).ToList();
        text.AppendLine(C, $"Side by side on the same Markdown ({N(largest)} documents; medians of {r.Builds.Count(b => b.Pages == largest)} runs each, peak = largest resident set of any run)");
        var table = new Table(["build", "wall", "cpu", "peak mem", "html files", "loadavg at start"]);
        static string Peak(IEnumerable<long?> peaks) => peaks.Max() is { } p ? Mb(p) : "-";
        static string Cpu(IReadOnlyList<ReferenceRun> runs) => runs.All(x => x.CpuSeconds is not null) ? S(Median(runs.Select(x => x.CpuSeconds!.Value))) + " s" : "-";
        static string Loads(IEnumerable<double?> loads) => string.Join(" ", loads.Select(l => l is { } v ? v.ToString("0.0", C) : "-"));
        if (ours.Count > 0)
        {
            table.Row(["kennisplatform build (pages + index + related + feeds)", S(Median(ours.Select(o => o.BuildSeconds))) + " s",
                S(Median(ours.Select(o => o.CpuSeconds))) + " s", Peak(ours.Select(o => (long?)o.PeakWorkingSetBytes)), N(ours[0].PageCount), Loads(r.Builds.Where(b => b.Pages == largest).Select(b => b.Result.LoadAverageAtStart))]);
        }
        if (hugo.Count > 0)
        {
            table.Row(["hugo (pages only, one template)", S(Median(hugo.Select(h => h.Seconds))) + " s", Cpu(hugo), Peak(hugo.Select(h => h.PeakBytes)), N(hugo[0].HtmlFiles),
                Loads(hugo.Select(h => h.LoadAverageAtStart))]);
        }
        if (hugo.Count > 0 && pagefind.Count > 0)
        {
            table.Row(["pagefind (indexing hugo's output)", S(Median(pagefind.Select(p => p.Seconds))) + " s", Cpu(pagefind), Peak(pagefind.Select(p => p.PeakBytes)), "",
                Loads(pagefind.Select(p => p.LoadAverageAtStart))]);
            var both = Median(hugo.Select(h => h.Seconds)) + Median(pagefind.Select(p => p.Seconds));
            var bothCpu = hugo.Concat(pagefind).All(x => x.CpuSeconds is not null)
                ? S(Median(hugo.Select(h => h.CpuSeconds!.Value)) + Median(pagefind.Select(p => p.CpuSeconds!.Value))) + " s" : "-";
            table.Row(["hugo + pagefind", S(both) + " s", bothCpu, Peak(hugo.Select(h => h.PeakBytes).Concat(pagefind.Select(p => p.PeakBytes))), "", ""]);
            text.Append(table);
            if (ours.Count > 0) text.AppendLine(C, $"  ours / (hugo + pagefind): {Median(ours.Select(o => o.BuildSeconds)) / both:0.00}×; ours / hugo: {Median(ours.Select(o => o.BuildSeconds)) / Median(hugo.Select(h => h.Seconds)):0.00}×");
        }
        else text.Append(table);
        foreach (var failed in r.References.Where(x => !x.Succeeded)) text.AppendLine(C, $"  {failed.Tool} failed: {failed.Error}");
        text.AppendLine();
        return text.ToString();
    }

    private static string LoadTables(BenchResults r)
    {
        var text = new StringBuilder();
        if (r.Load is not { } load)
        {
            text.AppendLine(C, $"Search load: skipped ({r.LoadSkipped}).");
            return text.ToString();
        }
        var own = load.Search.Host is not null;
        text.AppendLine(C, $"Search load ({load.Host}, on 127.0.0.1; {load.Connections} connections closed loop, " +
                           $"{load.Seconds:0} s per endpoint after {load.WarmUpSeconds:0} s warm-up; site {load.Site})");
        var table = new Table(["endpoint", "ok", "errors", "req/s", "p50 ms", "p99 ms", "mean ms", "max ms", "avg body", "cpu ms/req",
            own ? "host cpu ms/req" : "-", "cpu used", own ? "host working set" : "working set", "loadavg"]);
        void Row(string name, LoadResult x) => table.Row([
            name, N(x.Requests), Errors(x), F(x.RequestsPerSecond, "0.0"), F(x.P50Ms, "0.00"), F(x.P99Ms, "0.00"),
            F(x.MeanMs, "0.00"), F(x.MaxMs, "0.0"), Kb(x.AverageBytes), F(x.CpuMsPerRequest + (x.Host?.CpuMsPerRequest ?? 0), "0.000"),
            x.Host is { } h ? F(h.CpuMsPerRequest, "0.000") : "-",
            F((x.CpuSeconds + (x.Host?.CpuSeconds ?? 0)) / (x.Seconds * Environment.ProcessorCount) * 100, "0") + " %",
            Mb(x.Host?.WorkingSetBytes ?? x.WorkingSetBytes), x.LoadAverageAtStart is { } l ? F(l, "0.00") : "-",
        ]);
        var w = load.Workload;
        text.AppendLine(C, $"  workload: {w.Distinct.Count} distinct queries asked Zipf-like ({N(w.Sequence.Count)} in the sequence, " +
                           $"the 10 most popular are {w.TopTenShare * 100:0}% of it); {w.WithTypeFilter} with a type filter, {w.WithTypo} with a typo, " +
                           $"{w.Phrases} phrases");
        Row("search /zoeken?q=… (HTML)", load.Search);
        Row("search /api/zoeken?q=… (same, JSON)", load.SearchApi);
        Row($"static: all {N(load.StaticPages)} pages in turn", load.Static);
        text.Append(table);
        text.AppendLine(C, $"  ratio search/static: req/s {load.RpsRatio:0.000}×, p50 {load.P50Ratio:0.0}×, p99 {load.P99Ratio:0.0}×, " +
                           $"cpu per request {Ratio(load.Search.CpuMsPerRequest, load.Static.CpuMsPerRequest):0.0}×");
        text.AppendLine("  (ok = 200 responses, whose latencies the percentiles are; cpu = host and load generator together, per response" +
                        (own ? ", host cpu = the host's process alone;" : ";"));
        text.AppendLine("   working set = " + (own
            ? $"the host's process at the end of the run, peak so far {Mb(load.Static.Host!.PeakWorkingSetBytes)} (the generator's process: {Mb(load.Static.WorkingSetBytes)});"
            : $"this process (host and generator) at the end of the run, peak so far {Mb(load.Static.PeakWorkingSetBytes)};"));
        text.AppendLine("   loadavg = 1-minute load average of the machine at the start; the host's request log is off)");
        text.AppendLine();
        text.AppendLine(C, $"First searches: {load.Probes.Count + load.PlainProbes.Count} queries of the same kind that the load never asked, one at a time on the warm, idle host");
        text.AppendLine(C, $"  searched: {load.SearchedIndex}");
        var split = load.ProbeHostCpuMs is { } hostMs ? F(hostMs, "0.000") + " ms the host, " + F(load.ProbeCpuMs, "0.000") + " ms the bench client" : "host and bench client together";
        text.AppendLine(C, $"  processor time per first search: {load.ProbeCpuMs + (load.ProbeHostCpuMs ?? 0):0.000} ms ({split})");
        text.AppendLine(C, $"  the {load.Probes.Count} asked through HttpClient (as the load is), the slowest and the percentiles:");
        var probes = new Table(["query", "ms", "body"]);
        foreach (var p in load.Probes.OrderByDescending(p => p.Ms).Take(8)) probes.Row([Uri.UnescapeDataString(p.Path.Replace('+', ' ')), F(p.Ms, "0.0"), Kb(p.Bytes)]);
        probes.Row([$"p50 of {load.Probes.Count}", F(Percentile(load.Probes.Select(p => p.Ms), 0.5), "0.00"), ""]);
        probes.Row([$"p99 of {load.Probes.Count}", F(Percentile(load.Probes.Select(p => p.Ms), 0.99), "0.00"), ""]);
        text.Append(probes);
        if (load.PlainProbes.Count > 0)
        {
            var plain = load.PlainProbes.Select(p => p.Ms).ToList();
            text.AppendLine(C, $"  the {plain.Count} in between on one plain connection (as wrk: read and written on one thread, no response objects): p50 {F(Percentile(plain, 0.5), "0.00")} ms, p99 {F(Percentile(plain, 0.99), "0.00")} ms");
        }
        return text.ToString();
    }

    // The JSON line keeps numbers as numbers (seconds, bytes, milliseconds) and phases as a name → seconds map.
    private static object JsonShape(BenchResults r) => new
    {
        bench = "kennisplatform",
        machine = r.Machine,
        corpus = r.CorpusSource,
        cli = r.Cli is { } c ? new { folder = c.Folder, publishSeconds = c.PublishSeconds is { } ps ? Round(ps) : (double?)null, publishCpuSeconds = c.PublishCpuSeconds } : null,
        incremental = r.Incremental.Select(i => new { change = i.Change, buildSeconds = i.Result.Report?.BuildSeconds, processSeconds = Round(i.Result.ProcessSeconds), cache = i.Result.Report?.Cache, cpuSeconds = i.Result.Report?.CpuSeconds, loadAverageAtStart = i.Result.LoadAverageAtStart }),
        references = r.References.Select(x => new { tool = x.Tool, succeeded = x.Succeeded, seconds = Round(x.Seconds), cpuSeconds = x.CpuSeconds, peakBytes = x.PeakBytes, htmlFiles = x.HtmlFiles, loadAverageAtStart = x.LoadAverageAtStart }),
        builds = r.Builds.Select(b => new
        {
            documents = b.Pages,
            perType = b.Corpus.PerType,
            restricted = b.Corpus.Restricted,
            contentBytes = b.Corpus.Bytes,
            generateSeconds = Round(b.GenerateSeconds),
            succeeded = b.Result.Report?.Succeeded ?? false,
            timedOut = b.Result.TimedOut,
            errors = b.Result.Report?.Errors,
            warnings = b.Result.Report?.Warnings,
            pages = b.Result.Report?.PageCount,
            indexed = b.Result.Report?.IndexedCount,
            buildSeconds = b.Result.Report is { } rep ? Round(rep.BuildSeconds) : (double?)null,
            processSeconds = Round(b.Result.ProcessSeconds),
            cpuSeconds = b.Result.Report is { } cpuRep ? Round(cpuRep.CpuSeconds) : (double?)null,
            loadAverageAtStart = b.Result.LoadAverageAtStart,
            phases = b.Result.Report?.Phases.ToDictionary(p => p.Name, p => Round(p.Seconds)),
            peakWorkingSetBytes = b.Result.Report?.PeakWorkingSetBytes,
            allocatedBytes = b.Result.Report?.AllocatedBytes,
            gen2Collections = b.Result.Report?.Gen2Collections,
            indexBytes = b.Result.IndexBytes,
            publicBytes = b.Result.PublicBytes,
            publicFiles = b.Result.PublicFiles,
        }),
        load = r.Load is null ? null : new
        {
            r.Load.Connections,
            seconds = r.Load.Seconds,
            warmUpSeconds = r.Load.WarmUpSeconds,
            workload = new
            {
                distinct = r.Load.Workload.Distinct.Count, sequence = r.Load.Workload.Sequence.Count, withTypeFilter = r.Load.Workload.WithTypeFilter,
                withTypo = r.Load.Workload.WithTypo, phrases = r.Load.Workload.Phrases, topTenShare = Round(r.Load.Workload.TopTenShare),
            },
            staticPages = r.Load.StaticPages,
            search = Shape(r.Load.Search),
            searchApi = Shape(r.Load.SearchApi),
            @static = Shape(r.Load.Static),
            ratio = new { rps = Round(r.Load.RpsRatio), p50 = Round(r.Load.P50Ratio), p99 = Round(r.Load.P99Ratio) },
            probes = r.Load.Probes.Select(p => new { path = p.Path, ms = Round(p.Ms), bytes = p.Bytes }),
            searchedIndex = r.Load.SearchedIndex,
            host = r.Load.Host,
            probeCpuMs = Round(r.Load.ProbeCpuMs),
            probeHostCpuMs = r.Load.ProbeHostCpuMs is { } hostMs ? Round(hostMs) : (double?)null,
            plainProbes = r.Load.PlainProbes.Select(p => new { path = p.Path, ms = Round(p.Ms), bytes = p.Bytes }),
        },
        loadSkipped = r.LoadSkipped,
    };

    private static object Shape(LoadResult x) => new
    {
        x.Requests, x.Errors, x.ErrorsByStatus, rps = Round(x.RequestsPerSecond), p50Ms = Round(x.P50Ms), p99Ms = Round(x.P99Ms),
        meanMs = Round(x.MeanMs), maxMs = Round(x.MaxMs), x.AverageBytes, cpuSeconds = Round(x.CpuSeconds),
        cpuUtilization = Round(x.CpuUtilization), cpuMsPerRequest = Round(x.CpuMsPerRequest), loadAverageAtStart = x.LoadAverageAtStart,
        workingSetBytes = x.WorkingSetBytes, peakWorkingSetBytes = x.PeakWorkingSetBytes,
        host = x.Host is { } h ? new
        {
            cpuSeconds = Round(h.CpuSeconds), cpuMsPerRequest = Round(h.CpuMsPerRequest), workingSetBytes = h.WorkingSetBytes,
            peakWorkingSetBytes = h.PeakWorkingSetBytes,
        } : null,
    };

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;

    private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static double Round(double value) => Math.Round(value, 3);

    private static string Errors(LoadResult x) =>
        x.Errors == 0 ? "0" : $"{N(x.Errors)} ({string.Join(", ", x.ErrorsByStatus.Select(e => $"{e.Key}: {N(e.Value)}"))})";

    private static string N(long value) => value.ToString("N0", C);
    private static string S(double seconds) => seconds.ToString("0.00", C);
    private static string F(double value, string format) => value.ToString(format, C);
    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", C) + " KB";
    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", C) + " MB";
    private static string Gb(long bytes) => (bytes / 1073741824.0).ToString("0.00", C) + " GB";

    /// <summary>A plain-text table: first column left-aligned, the others right-aligned.</summary>
    private sealed class Table(IReadOnlyList<string> header)
    {
        private readonly List<IReadOnlyList<string>> _rows = [header];

        public void Row(IReadOnlyList<string> cells) => _rows.Add(cells);

        public override string ToString()
        {
            var widths = header.Select((_, i) => _rows.Max(r => i < r.Count ? r[i].Length : 0)).ToList();
            var text = new StringBuilder();
            foreach (var row in _rows)
            {
                text.Append("  ");
                for (var i = 0; i < widths.Count; i++)
                {
                    var cell = i < row.Count ? row[i] : "";
                    text.Append(i == 0 ? cell.PadRight(widths[i]) : "  " + cell.PadLeft(widths[i]));
                }
                text.AppendLine();
            }
            return text.ToString();
        }
    }
}
