using System.Diagnostics;
using System.Text.Json;
using Kennisplatform.Build;
using Kennisplatform.Cli;

namespace Kennisplatform.Bench;

/// <summary>The figures of one build: the command's own figures plus what the bench measured around it.</summary>
public sealed record BuildResult(
    BuildFigures? Report,
    double? LoadAverageAtStart,
    bool TimedOut,
    double ProcessSeconds,
    long IndexBytes,
    long PublicBytes,
    int PublicFiles);

/// <summary>
/// Runs <c>kennisplatform build</c> of the published CLI (<see cref="PublishedCli"/>) on a content folder, each build
/// in its own process as users run it, so that peak memory, JIT and GC state belong to that one build only.
/// </summary>
public static class BuildBenchmark
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Builds <paramref name="content"/> into <paramref name="output"/> with <paramref name="cli"/>; cold (old output and
    /// build cache removed) unless <paramref name="cold"/> is false, which measures an incremental build with the cache of the last.
    /// </summary>
    public static async Task<BuildResult> RunAsync(PublishedCli cli, string content, string output, TimeSpan timeout, bool cold = true)
    {
        if (cold) RemoveOutput(output);
        var figures = Path.Combine(Path.GetTempPath(), $"kennisplatform-bench-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { cli.Assembly, "build", "--content", content, "--output", output, "--report", figures }) start.ArgumentList.Add(arg);
        // The build runs with the runtime settings the published CLI carries (its runtimeconfig.json), not with the
        // bench's own: the search host in this process is run with DOTNET_TieredCompilation=0, and such variables
        // would override the CLI's settings.
        foreach (var name in start.Environment.Keys.Where(IsRuntimeSetting).ToList()) start.Environment.Remove(name);

        var loadAverage = LoadGenerator.LoadAverage();
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the build process");
        // A 10 000-page build can take long and the CLI only speaks at the end: a heartbeat shows it is alive and how far.
        await using var heartbeat = new Timer(_ => Heartbeat(child, output, clock.Elapsed), null, HeartbeatInterval, HeartbeatInterval);
        var reading = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line) Console.WriteLine("    " + line);
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
        BuildFigures? report = null;
        if (File.Exists(figures))
        {
            report = JsonSerializer.Deserialize<BuildFigures>(await File.ReadAllTextAsync(figures), BuildFigures.Json);
            File.Delete(figures);
        }

        var (indexBytes, _) = Measure(Path.Combine(output, "index"));
        var (publicBytes, publicFiles) = Measure(Path.Combine(output, "public"));
        return new BuildResult(report, loadAverage, timedOut, seconds, indexBytes, publicBytes, publicFiles);
    }

    // DOTNET_ROOT (where the runtime is) stays; every other DOTNET_/COMPlus_ variable is a runtime or host setting.
    internal static bool IsRuntimeSetting(string name) =>
        (name.StartsWith("DOTNET_", StringComparison.Ordinal) || name.StartsWith("COMPlus_", StringComparison.Ordinal))
        && !name.StartsWith("DOTNET_ROOT", StringComparison.Ordinal);

    private static void Heartbeat(Process child, string output, TimeSpan elapsed)
    {
        long workingSet;
        try
        {
            child.Refresh();
            workingSet = child.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return; // ended meanwhile
        }
        var staging = new DirectoryInfo(SitePublisher.BuildsFolder(output)) is { Exists: true } builds
            ? builds.GetDirectories().MaxBy(d => d.CreationTimeUtc)
            : null;
        var progress = staging is null ? "no staging folder yet (checking content)"
            : $"index {(Directory.Exists(Path.Combine(staging.FullName, "index")) ? "written" : "not yet written")}, " +
              $"{Measure(Path.Combine(staging.FullName, "public")).Files} files in public/";
        Console.Error.WriteLine($"    … {elapsed.TotalSeconds:0} s: working set {workingSet / 1048576.0:0} MB, {progress}");
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
