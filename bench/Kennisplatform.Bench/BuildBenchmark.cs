using System.Diagnostics;
using System.Text.Json;
using Kennisplatform.Build;
using Kennisplatform.Content;

namespace Kennisplatform.Bench;

/// <summary>The wall time of one phase of the build, as <see cref="BuildReport.Phases"/> gives it.</summary>
public sealed record PhaseTime(string Name, double Seconds);

/// <summary>What the build child process reports about its one build.</summary>
public sealed record ChildBuildReport(
    bool Succeeded,
    int Errors,
    int Warnings,
    string? FirstError,
    int PageCount,
    int IndexedCount,
    double BuildSeconds,
    IReadOnlyList<PhaseTime> Phases,
    long PeakWorkingSetBytes,
    long AllocatedBytes,
    int Gen2Collections,
    double CpuSeconds,
    string Cache = "off");

/// <summary>The figures of one build: the child's report plus what the parent measured around it.</summary>
public sealed record BuildResult(
    ChildBuildReport? Report,
    double? LoadAverageAtStart,
    bool TimedOut,
    double ProcessSeconds,
    long IndexBytes,
    long PublicBytes,
    int PublicFiles);

/// <summary>
/// Runs the real pipeline (<see cref="SiteBuilder.BuildAsync"/>) on a content folder, each build in a fresh child
/// process of this command, so that peak memory, JIT and GC state belong to that one build only.
/// </summary>
public static class BuildBenchmark
{
    /// <summary>The hidden mode of the child: <c>--build-only &lt;content&gt; &lt;output&gt;</c>.</summary>
    public const string ChildFlag = "--build-only";

    /// <summary>The child prints its report on one stdout line that starts with this.</summary>
    private const string ResultPrefix = "BUILD-RESULT ";

    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Parent side: builds <paramref name="content"/> into <paramref name="output"/>; cold (old output and build cache
    /// removed) unless <paramref name="cold"/> is false, which measures an incremental build with the cache of the last.
    /// </summary>
    public static async Task<BuildResult> RunAsync(string content, string output, TimeSpan timeout, bool cold = true)
    {
        if (cold) RemoveOutput(output);
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        // Under `dotnet bench.dll` the process is the muxer; under `dotnet run` it is the app host itself.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(BuildBenchmark).Assembly.Location);
        foreach (var arg in new[] { ChildFlag, content, output }) start.ArgumentList.Add(arg);
        // Builds are measured as `kennisplatform build` runs: without tiered compilation and without dynamic PGO, as
        // the CLI's project sets them.
        start.Environment["DOTNET_TieredCompilation"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";

        var loadAverage = LoadGenerator.LoadAverage();
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the build child process");
        ChildBuildReport? report = null;
        var reading = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith(ResultPrefix, StringComparison.Ordinal)) report = JsonSerializer.Deserialize<ChildBuildReport>(line[ResultPrefix.Length..], BenchJson.Options);
                else Console.WriteLine("    " + line);
            }
        });
        var timedOut = false;
        using (var limit = new CancellationTokenSource(timeout))
        {
            try
            {
                await child.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }
        }
        await reading;
        var seconds = clock.Elapsed.TotalSeconds;

        var (indexBytes, _) = Measure(Path.Combine(output, "index"));
        var (publicBytes, publicFiles) = Measure(Path.Combine(output, "public"));
        return new BuildResult(report, loadAverage, timedOut, seconds, indexBytes, publicBytes, publicFiles);
    }

    /// <summary>Child side: one build, then its report as one JSON line on stdout. Exit code 0 when it succeeded.</summary>
    public static async Task<int> RunChildAsync(string content, string output)
    {
        var clock = Stopwatch.StartNew();
        // A 10 000-page build can take long and BuildReport only speaks at the end: a heartbeat shows it is alive and how far.
        await using var heartbeat = new Timer(_ => Heartbeat(output, clock.Elapsed), null, HeartbeatInterval, HeartbeatInterval);
        var report = await new SiteBuilder().BuildAsync(new BuildOptions(content, output));
        var buildSeconds = clock.Elapsed.TotalSeconds;

        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        using var self = Process.GetCurrentProcess();
        var result = new ChildBuildReport(
            report.Succeeded,
            errors.Count,
            report.Diagnostics.Count - errors.Count,
            errors.FirstOrDefault()?.ToString(),
            report.PageCount,
            report.IndexedCount,
            buildSeconds,
            report.Phases.Select(p => new PhaseTime(p.Phase, p.Elapsed.TotalSeconds)).ToList(),
            self.PeakWorkingSet64,
            GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(2),
            self.TotalProcessorTime.TotalSeconds,
            report.Cache);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, BenchJson.Options));
        return report.Succeeded ? 0 : 1;
    }

    private static void Heartbeat(string output, TimeSpan elapsed)
    {
        using var self = Process.GetCurrentProcess();
        var staging = new DirectoryInfo(SitePublisher.BuildsFolder(output)) is { Exists: true } builds
            ? builds.GetDirectories().MaxBy(d => d.CreationTimeUtc)
            : null;
        var progress = staging is null ? "no staging folder yet (checking content)"
            : $"index {(Directory.Exists(Path.Combine(staging.FullName, "index")) ? "written" : "not yet written")}, " +
              $"{Measure(Path.Combine(staging.FullName, "public")).Files} files in public/";
        Console.Error.WriteLine($"    … {elapsed.TotalSeconds:0} s: working set {self.WorkingSet64 / 1048576.0:0} MB, {progress}");
    }

    /// <summary>Bytes and number of files below a folder (following the site link); zero when it is missing.</summary>
    public static (long Bytes, int Files) Measure(string folder)
    {
        if (!Directory.Exists(folder)) return (0, 0);
        long bytes = 0;
        var files = 0;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            bytes += file.Length;
            files++;
        }
        return (bytes, files);
    }

    // A cold build: no previous build to keep, no old index beside it, no build cache.
    private static void RemoveOutput(string output)
    {
        var cache = BuildCache.DefaultFolder(output);
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        var link = new DirectoryInfo(Path.GetFullPath(output));
        if (link.LinkTarget is not null) link.Delete();
        else if (link.Exists) link.Delete(recursive: true);
        var builds = SitePublisher.BuildsFolder(output);
        if (Directory.Exists(builds)) Directory.Delete(builds, recursive: true);
    }
}
