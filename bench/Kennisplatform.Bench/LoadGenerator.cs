using System.Diagnostics;
using System.Net;

namespace Kennisplatform.Bench;

/// <summary>
/// The figures of one load run: completed requests, throughput and latency of the successful ones, and the CPU this
/// process (host and generator, or the generator alone when the host has its own process) used, and its working set
/// at the end of the run and at its peak so far. CPU per request says what a request costs even when other work on the
/// machine slows the wall clock down; the load average at the start says whether there was such work.
/// </summary>
public sealed record LoadResult(
    string Name,
    int Requests,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorsByStatus,
    double Seconds,
    double RequestsPerSecond,
    double P50Ms,
    double P99Ms,
    double MeanMs,
    double MaxMs,
    long AverageBytes,
    double CpuSeconds,
    double CpuUtilization,
    double CpuMsPerRequest,
    double? LoadAverageAtStart,
    long WorkingSetBytes,
    long PeakWorkingSetBytes)
{
    /// <summary>
    /// The host's own figures when it runs in a child process (null in this one): its processor seconds, per request,
    /// and its working set at the end of the run and at its peak so far. The fields above are then the generator's.
    /// </summary>
    public HostFigures? Host { get; init; }
}

/// <summary>What the host process used during a run: processor seconds, per request, working set at the end and peak.</summary>
public sealed record HostFigures(double CpuSeconds, double CpuMsPerRequest, long WorkingSetBytes, long PeakWorkingSetBytes);

/// <summary>
/// A closed-loop HTTP load generator: C workers on C keep-alive connections, each sending its next request as soon
/// as the previous response has been read in full, for a fixed time. Closed loop on purpose: it measures what the
/// server sustains without queueing requests it cannot take, and it cannot run away (at most C requests in flight).
/// </summary>
public sealed class LoadGenerator : IDisposable
{
    /// <summary>An upper bound on the requests of one worker in one run, so a run ends even if the clock misbehaves.</summary>
    private const int MaxRequestsPerWorker = 2_000_000;

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client;
    private readonly int _connections;
    private readonly Process? _host;

    /// <summary>
    /// A generator for one host; only loopback addresses are accepted. <paramref name="host"/> is the host's process when
    /// it has its own, whose processor time and working set each run then reports apart.
    /// </summary>
    public LoadGenerator(Uri baseAddress, int connections, Process? host = null)
    {
        _host = host;
        if (!IPAddress.TryParse(baseAddress.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"load is only sent to a loopback address, not {baseAddress.Host}", nameof(baseAddress));
        }
        _connections = connections;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = RequestTimeout };
    }

    /// <summary>
    /// Each path fetched once, one after another on an otherwise idle host, its body size and latency: the paths in even
    /// places through the generator's HttpClient, those in odd places on one <see cref="PlainHttpConnection"/> read and
    /// written on this thread as wrk does, so both clients meet the same kind of queries on the same host at the same time.
    /// </summary>
    public async Task<(IReadOnlyList<(string Path, long Bytes, double Ms)> Client, IReadOnlyList<(string Path, long Bytes, double Ms)> Plain)> ProbeAsync(IReadOnlyList<string> paths)
    {
        var client = new List<(string, long, double)>(paths.Count / 2 + 1);
        var plain = new List<(string, long, double)>(paths.Count / 2);
        using var connection = new PlainHttpConnection(_client.BaseAddress!);
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            var started = Stopwatch.GetTimestamp();
            if (i % 2 == 0)
            {
                using var response = await _client.GetAsync(path);
                response.EnsureSuccessStatusCode();
                var bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
                client.Add((path, bytes, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
            else
            {
                var (status, bytes) = connection.Get(path);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (status != 200) throw new HttpRequestException($"{path} answered {status}");
                plain.Add((path, bytes, ms));
            }
        }
        return (client, plain);
    }

    /// <summary>
    /// Runs the workers for <paramref name="duration"/>. Worker w starts at path (7·w mod count) and goes round the list
    /// in order, so the mix is fixed and every path is asked equally often.
    /// </summary>
    public async Task<LoadResult> RunAsync(string name, IReadOnlyList<string> paths, TimeSpan duration)
    {
        var loadAverage = LoadAverage();
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var hostCpuBefore = HostProcessorSeconds();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, _connections).Select(w => Task.Run(() => WorkerAsync(w, paths, clock, duration))).ToList();
        var results = await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var hostCpu = HostProcessorSeconds() - hostCpuBefore;

        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        var requests = latencies.Length;
        var errors = results.Sum(r => r.Errors.Values.Sum());
        var bytes = results.Sum(r => r.Bytes);
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double Percentile(double p) => requests == 0 ? 0 : Ms(latencies[Math.Clamp((int)Math.Ceiling(p * requests) - 1, 0, requests - 1)]);
        return new LoadResult(
            name,
            requests,
            errors,
            results.SelectMany(r => r.Errors).GroupBy(e => e.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal),
            seconds,
            requests / seconds,
            Percentile(0.50),
            Percentile(0.99),
            requests == 0 ? 0 : latencies.Average(Ms),
            requests == 0 ? 0 : Ms(latencies[^1]),
            requests == 0 ? 0 : bytes / requests,
            cpu,
            cpu / (seconds * Environment.ProcessorCount),
            requests + errors == 0 ? 0 : cpu * 1000 / (requests + errors), // every answer cost CPU, a refusal too
            loadAverage,
            self.WorkingSet64,
            self.PeakWorkingSet64)
        {
            Host = _host is null ? null
                : new HostFigures(hostCpu, requests + errors == 0 ? 0 : hostCpu * 1000 / (requests + errors), _host.WorkingSet64, _host.PeakWorkingSet64),
        };
    }

    /// <summary>Processor seconds the host's own process has used so far (0 when it runs in this one); refreshes its figures.</summary>
    public double HostProcessorSeconds()
    {
        if (_host is null) return 0;
        _host.Refresh();
        return _host.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The 1-minute load average of the machine (Linux), or null where it cannot be read.</summary>
    public static double? LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private sealed record WorkerResult(List<long> Latencies, Dictionary<string, int> Errors, long Bytes);

    private async Task<WorkerResult> WorkerAsync(int worker, IReadOnlyList<string> paths, Stopwatch clock, TimeSpan duration)
    {
        // The body is read into one reused buffer: the generator shares the two cores with the server, so it allocates little.
        var buffer = new byte[64 * 1024];
        var latencies = new List<long>(4096);
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        var failed = 0;
        void Error(string kind)
        {
            errors[kind] = errors.GetValueOrDefault(kind) + 1;
            failed++;
        }
        long bytes = 0;
        var next = 7 * worker % paths.Count;
        while (clock.Elapsed < duration && latencies.Count + failed < MaxRequestsPerWorker)
        {
            var path = paths[next];
            next = (next + 1) % paths.Count;
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                await using var body = await response.Content.ReadAsStreamAsync();
                long size = 0;
                int read;
                while ((read = await body.ReadAsync(buffer)) > 0) size += read;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Error(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    continue;
                }
                latencies.Add(Stopwatch.GetTimestamp() - started);
                bytes += size;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                Error(e.GetType().Name);
            }
        }
        return new WorkerResult(latencies, errors, bytes);
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
