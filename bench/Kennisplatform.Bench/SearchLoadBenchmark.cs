using Microsoft.Extensions.Configuration;
using System.Net;

namespace Kennisplatform.Bench;

/// <summary>One query answered alone on an idle host: its size and latency.</summary>
public sealed record QueryProbe(string Path, long Bytes, double Ms);

/// <summary>
/// The search load run against a built site: the HTML search page under the mixed workload, the same searches as JSON
/// (no page rendering), every static page of the site in turn, and how search compares with static.
/// </summary>
public sealed record SearchLoadResult(
    string Site,
    int Connections,
    double Seconds,
    double WarmUpSeconds,
    QueryWorkload Workload,
    int StaticPages,
    LoadResult Search,
    LoadResult SearchApi,
    LoadResult Static,
    double RpsRatio,
    double P50Ratio,
    double P99Ratio,
    IReadOnlyList<QueryProbe> Probes)
{
    /// <summary>Which index the host searched at the end of the run: its one-segment copy, or the index as published.</summary>
    public string SearchedIndex { get; init; } = "";

    /// <summary>Where the host ran: in its own process, or in the bench's beside the load generator.</summary>
    public string Host { get; init; } = "";

    /// <summary>Processor milliseconds per first search of the bench's process (with the host in it, both together).</summary>
    public double ProbeCpuMs { get; init; }

    /// <summary>Processor milliseconds per first search of the host's own process; null when it ran in the bench's.</summary>
    public double? ProbeHostCpuMs { get; init; }

    /// <summary>
    /// As many other first searches of the same kind, asked in turn with <see cref="Probes"/> on one plain connection
    /// (<see cref="PlainHttpConnection"/>, as wrk asks): their latency with little of the client's own work.
    /// </summary>
    public IReadOnlyList<QueryProbe> PlainProbes { get; init; } = [];
}

/// <summary>
/// Starts the real host (<see cref="SearchHost"/>: the published command in its own process, or in this process) and
/// measures the HTML search page under a mixed, Zipf-like query workload (<see cref="QueryWorkload"/>) against the
/// site's static pages, in the same run.
/// </summary>
public static class SearchLoadBenchmark
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// On one host: warm-up of the workload on the HTML page and on the JSON API, a measured run of each, then every
    /// static page in turn (warm-up, measured run), and last the probe queries, each asked once on the idle host.
    /// </summary>
    public static async Task<SearchLoadResult> RunAsync(string site, int connections, TimeSpan duration, TimeSpan warmUp, PublishedCli? cli)
    {
        await using var host = cli is null ? SearchHost.InProcess(site) : SearchHost.Child(cli, site);
        var baseAddress = host.Address;
        await WaitUntilHealthyAsync(baseAddress, host.Running);
        var copy = await host.IndexCopyAsync(ExpectedCopy(site), StartTimeout);

        using var load = new LoadGenerator(baseAddress, connections, host.Process);
        // Twice the probes: half asked through HttpClient, half on a plain connection, in turn (each asked once).
        var workload = QueryWorkload.ForIndex(Path.Combine(site, "index"), probes: 2 * QueryWorkload.DefaultProbes);
        var probePaths = workload.Probes.Select(q => "/zoeken?" + q).ToList();
        var searchPaths = workload.Sequence.Select(q => "/zoeken?" + q).ToList();
        var apiPaths = workload.Sequence.Select(q => "/api/zoeken?" + q).ToList();

        // Both search endpoints share the search code (much of Lucene), so both are warmed before either is measured:
        // otherwise the first measured run pays for the JIT's work on the code the second one then gets for free.
        await load.RunAsync("warm-up", searchPaths, warmUp);
        await load.RunAsync("warm-up", apiPaths, warmUp);
        var search = await load.RunAsync("search", searchPaths, duration);
        var api = await load.RunAsync("search-api", apiPaths, duration);

        var staticPaths = StaticPages(site);
        await load.RunAsync("warm-up", staticPaths, warmUp);
        var @static = await load.RunAsync("static", staticPaths, duration);
        // Queries the load never asked: a first search each, one at a time, on a warm but idle host.
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var (selfBefore, hostBefore) = (self.TotalProcessorTime.TotalMilliseconds, load.HostProcessorSeconds());
        var (clientProbes, plainProbes) = await load.ProbeAsync(probePaths);
        var probes = clientProbes.Select(p => new QueryProbe(p.Path, p.Bytes, p.Ms)).ToList();
        var asked = clientProbes.Count + plainProbes.Count;
        self.Refresh();
        var probeCpuMs = (self.TotalProcessorTime.TotalMilliseconds - selfBefore) / asked;
        double? probeHostCpuMs = host.Process is null ? null : (load.HostProcessorSeconds() - hostBefore) * 1000 / asked;

        static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
        return new SearchLoadResult(site, connections, duration.TotalSeconds, warmUp.TotalSeconds, workload, staticPaths.Count,
            search, api, @static, Ratio(search.RequestsPerSecond, @static.RequestsPerSecond), Ratio(search.P50Ms, @static.P50Ms),
            Ratio(search.P99Ms, @static.P99Ms), probes) { SearchedIndex = SearchedIndex(site, copy), Host = host.Description, ProbeCpuMs = probeCpuMs, ProbeHostCpuMs = probeHostCpuMs,
              PlainProbes = plainProbes.Select(p => new QueryProbe(p.Path, p.Bytes, p.Ms)).ToList() };
    }

    private static string SearchedIndex(string site, string? copy)
    {
        var segments = Kennisplatform.Search.SingleSegmentCopy.Segments(Path.Combine(site, "index"));
        return copy is not null && Directory.Exists(copy)
            ? $"the host's one-segment copy of the index, made in the background ({segments} segments as published)"
            : $"the index as published ({segments} segment{(segments == 1 ? "" : "s")})";
    }

    // Where the host puts the copy of the site's index with its own settings (environment variables, as the bench
    // passes none); null when it makes none (copies off, or one segment already).
    private static string? ExpectedCopy(string site)
    {
        var index = Path.Combine(site, "index");
        var settings = new ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(Kennisplatform.Host.SearchCopyOptions.Section).Get<Kennisplatform.Host.SearchCopyOptions>() ?? new();
        var copies = settings.FolderFor(site, preview: false);
        return copies is not null && Kennisplatform.Search.SingleSegmentCopy.Segments(index) > 1
            ? Path.Combine(copies, Kennisplatform.Search.SingleSegmentCopy.Key(index))
            : null;
    }

    /// <summary>Every HTML page of the public site, in path order: what a visitor fetches when not searching.</summary>
    private static List<string> StaticPages(string site)
    {
        var folder = Path.Combine(site, "public");
        var pages = Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(folder, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(p => p == "/./" ? "/" : p)
            .Order(StringComparer.Ordinal)
            .ToList();
        return pages.Count > 0 ? pages : throw new InvalidOperationException($"no pages in {folder}");
    }

    private static async Task WaitUntilHealthyAsync(Uri baseAddress, Task host)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (host.IsCompleted)
            {
                await host; // rethrows why the host stopped
                throw new InvalidOperationException("the host stopped before it answered /healthz");
            }
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the client's timeout (a loaded machine).
            }
            catch (TaskCanceledException)
            {
                // Listening but busy opening the index on a loaded machine: ask again until the deadline.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the host did not answer /healthz with 200 within {StartTimeout.TotalSeconds:0} s");
    }
}
