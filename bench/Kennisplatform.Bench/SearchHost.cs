using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kennisplatform.Bench;

/// <summary>
/// The host the search load is sent to, on a free loopback port: the published command's <c>kennisplatform serve</c>
/// in a child process, started as docs/operations.md starts a host (what users meet: its own process, garbage
/// collector, thread pool and processor share), or <see cref="Kennisplatform.Host.Program.Main"/> in this process,
/// beside the load generator (the figures of earlier rounds).
/// </summary>
public sealed class SearchHost : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly Task _running;

    private SearchHost(Uri address, string description, Process? process, Task running)
    {
        Address = address;
        Description = description;
        _process = process;
        _running = running;
    }

    /// <summary>Where the host listens.</summary>
    public Uri Address { get; }

    /// <summary>Where the host runs, for the report.</summary>
    public string Description { get; }

    /// <summary>The host's own process, or null when it runs in this one.</summary>
    public Process? Process => _process;

    /// <summary>Completes when the host stops (rethrowing why, for an in-process host).</summary>
    public Task Running => _running;

    // The search limit per client (a token bucket per address) would answer most of the load with 429, and all load
    // comes from one address: lift it, so the figures are the cost of searching, not of refusing. Warning level: the
    // start-up lines and a line per request (tens of thousands) would drown the tables.
    private static readonly (string Key, string Value)[] Settings =
    [
        ("Logging:LogLevel:Default", "Warning"),
        ("Zoeken:PerMinute", (int.MaxValue / 2).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Zoeken:Burst", (int.MaxValue / 2).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>The host in this process, sharing its runtime with the load generator.</summary>
    public static SearchHost InProcess(string site)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var running = Task.Run(() => Kennisplatform.Host.Program.Main(
            [$"--Site:Path={site}", $"--urls={address}", .. Settings.Select(s => $"--{s.Key}={s.Value}")]));
        return new SearchHost(address, "the host in the bench's process, beside the load generator", null, running);
    }

    /// <summary>
    /// <c>kennisplatform serve</c> of <paramref name="cli"/> in a child process, with the start line of
    /// docs/operations.md: tiered compilation off, no precompiled code used (every method compiled optimised at its
    /// first call, the framework's too). The bench's other
    /// runtime variables are not passed on; settings of the host (<c>Zoeken__…</c>) are.
    /// </summary>
    public static SearchHost Child(PublishedCli cli, string site)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli.Assembly, "serve", "--site", site, "--urls", address.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(BuildBenchmark.IsRuntimeSetting).ToList()) start.Environment.Remove(name);
        start.Environment["DOTNET_TieredCompilation"] = "0";
        start.Environment["DOTNET_ReadyToRun"] = "0";
        foreach (var (key, value) in Settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        // The host says which index it searches (information lines of SearchIndexCopies, the only ones it writes).
        start.Environment["Logging__LogLevel__Kennisplatform.Host.SearchIndexCopies"] = "Information";
        var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("could not start kennisplatform serve");
        var host = new SearchHost(address, $"kennisplatform serve in its own process (pid {process.Id}), as docs/operations.md starts it", process, process.WaitForExitAsync());
        // Everything it writes is read (so that a full pipe can never stop it) and dropped, but for the copy it searches.
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Contains(CopyInUse, StringComparison.Ordinal)) host._copy.TrySetResult(line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Trim());
                else if (line.Contains(NoCopy, StringComparison.Ordinal)) host._copy.TrySetResult(null);
            }
            host._copy.TrySetResult(null);
        });
        return host;
    }

    // The lines of SearchIndexCopies that say which index the host searches.
    private const string CopyInUse = "Searching a one-segment copy of ";
    private const string NoCopy = "No one-segment copy of the search index";

    private readonly TaskCompletionSource<string?> _copy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Waits until the host searches its one-segment copy of the index (docs/search.md) and returns the copy's folder,
    /// or null when it makes none. <paramref name="expected"/> is where a host of this build puts it (null: none);
    /// a host in its own process may be of another build and says itself which copy it made.
    /// </summary>
    public async Task<string?> IndexCopyAsync(string? expected, TimeSpan timeout)
    {
        if (expected is null) return null;
        if (_process is not null)
        {
            try
            {
                return await _copy.Task.WaitAsync(timeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return null;
            }
        }
        var deadline = DateTime.UtcNow + timeout;
        while (!Directory.Exists(expected) && DateTime.UtcNow < deadline) await Task.Delay(100);
        return Directory.Exists(expected) ? expected : null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The in-process host stops when the bench exits (its console lifetime ends it gracefully).
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
