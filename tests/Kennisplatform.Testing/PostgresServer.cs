using System.Diagnostics;
using Npgsql;
using Xunit;

namespace Kennisplatform.Testing;

/// <summary>
/// A real PostgreSQL server from Debian's <c>postgresql</c> package, started in a temporary data folder that listens
/// only on a Unix socket in that folder (no port to collide with other tests). PostgreSQL refuses to run as root, so
/// as root it runs as the <c>postgres</c> user. One server serves many test classes, each in its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private readonly Dictionary<string, string> _databases = new();
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string _bin = "";

    /// <summary>The socket folder, which Npgsql takes as the host.</summary>
    public string SocketFolder => _temp["run"];

    /// <summary>Initialises and starts the server.</summary>
    public async ValueTask InitializeAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault() ?? ""
            : "";
        if (_bin.Length == 0) throw new InvalidOperationException("PostgreSQL not found: install Debian's postgresql package (scripts/test.sh does).");
        Directory.CreateDirectory(SocketFolder);
        if (Environment.UserName == "root") await RunAsync("chown", "-R", "postgres:postgres", _temp.Path);
        await RunAsPostgresAsync(Path.Combine(_bin, "initdb"), "-D", _temp["data"], "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", _temp["data"], "-l", _temp["server.log"], "-w", "-t", "60",
            "-o", $"-c listen_addresses='' -k {SocketFolder} -c fsync=off -c full_page_writes=off", "start");
    }

    /// <summary>A connection string for a fresh database of this name, created on first use.</summary>
    public async Task<string> DatabaseAsync(string name)
    {
        await _lock.WaitAsync();
        try
        {
            if (_databases.TryGetValue(name, out var existing)) return existing;
            var database = "kp_" + new string(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
            await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync();
            }
            return _databases[name] = ConnectionString(database);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>A connection string for a database of this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = SocketFolder, Username = "postgres", Database = database, Pooling = true }.ConnectionString;

    /// <summary>Stops the server and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_bin.Length > 0 && Directory.Exists(_temp["data"]))
        {
            await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", _temp["data"], "-m", "immediate", "-w", "stop");
        }
        _temp.Dispose();
    }

    private Task RunAsPostgresAsync(string program, params string[] args) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
