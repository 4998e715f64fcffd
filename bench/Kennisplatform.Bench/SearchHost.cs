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
    /// docs/operations.md: tiered compilation off, the command's own precompiled code left unused. The bench's other
    /// runtime variables are not passed on; settings of the host (<c>Zoeken__…</c>) are.
    /// </summary>
    public static SearchHost Child(PublishedCli cli, string site)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli.Assembly, "serve", "--site", site, "--urls", address.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(BuildBenchmark.IsRuntimeSetting).ToList()) start.Environment.Remove(name);
        start.Environment["DOTNET_TieredCompilation"] = "0";
        start.Environment["DOTNET_ReadyToRunExcludeList"] = string.Join(';',
            Directory.EnumerateFiles(cli.Folder, "*.dll").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        foreach (var (key, value) in Settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("could not start kennisplatform serve");
        // Its one line on start ("Serving … on …") is read and dropped, so that a full pipe can never stop it.
        _ = process.StandardOutput.ReadToEndAsync();
        return new SearchHost(address, $"kennisplatform serve in its own process (pid {process.Id}), as docs/operations.md starts it", process, process.WaitForExitAsync());
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
