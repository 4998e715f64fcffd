using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kennisplatform.Network.Storage;

/// <summary>The two databases the network runs on.</summary>
public enum DatabaseKind
{
    /// <summary>An embedded file: zero setup, one host.</summary>
    Sqlite,

    /// <summary>A server shared by several hosts.</summary>
    PostgreSql,
}

/// <summary>
/// Opens connections to the network's database, SQLite or PostgreSQL, and turns "cannot connect" into
/// <see cref="NetworkUnavailableException"/>. Both drivers pool connections.
/// </summary>
public sealed class NetworkDatabase : IDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _sqlite;
    private volatile bool _raisesGeneration;

    private NetworkDatabase(DatabaseKind kind, string? sqlite, NpgsqlDataSource? postgres)
    {
        Kind = kind;
        _sqlite = sqlite;
        _postgres = postgres;
    }

    /// <summary>Which database this is.</summary>
    public DatabaseKind Kind { get; }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? SqliteFile => _sqlite is null ? null : new SqliteConnectionStringBuilder(_sqlite).DataSource;

    /// <summary>An embedded SQLite database in <paramref name="file"/>.</summary>
    public static NetworkDatabase Sqlite(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(file),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 5, // also SQLite's busy timeout: writers wait for each other instead of failing
        };
        return new NetworkDatabase(DatabaseKind.Sqlite, builder.ToString(), null);
    }

    /// <summary>A PostgreSQL database named by a connection string.</summary>
    public static NetworkDatabase PostgreSql(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Timeout == 15) builder.Timeout = 3; // fail fast when the server is down: the page says so
        return new NetworkDatabase(DatabaseKind.PostgreSql, null, NpgsqlDataSource.Create(builder.ConnectionString));
    }

    /// <summary>The database the options choose: PostgreSQL when a connection string is set, else SQLite.</summary>
    public static NetworkDatabase From(NetworkOptions options, string baseFolder) =>
        string.IsNullOrWhiteSpace(options.PostgreSql)
            ? Sqlite(Path.Combine(baseFolder, options.SqliteFile))
            : PostgreSql(options.PostgreSql);

    /// <summary>An open connection.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancel = default)
    {
        try
        {
            if (_postgres is not null) return await _postgres.OpenConnectionAsync(cancel);
            var connection = new SqliteConnection(_sqlite);
            await connection.OpenAsync(cancel);
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or SqliteException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new NetworkUnavailableException(e);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all of it is written, or nothing. On the network's database the
    /// transaction also raises the write generation, which tells <see cref="DirectoryCache"/> that cached searches are
    /// out of date.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancel = default) =>
        WriteAsync(work, _raisesGeneration, cancel);

    /// <summary>From now on every write raises the generation: called once the network's schema (with its table) is in place.</summary>
    internal void RaiseGenerationOnWrites() => _raisesGeneration = true;

    /// <summary>A write transaction; <paramref name="raiseGeneration"/> is false for migrations and for databases of other stores.</summary>
    internal async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, bool raiseGeneration, CancellationToken cancel)
    {
        await using var connection = await OpenAsync(cancel);
        try
        {
            // SQLite: take the write lock at the start, so that two writers queue instead of deadlocking on upgrade.
            await using var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: false)
                : await connection.BeginTransactionAsync(cancel);
            var result = await work(connection, transaction);
            if (raiseGeneration) await connection.ExecuteAsync("UPDATE generation SET value = value + 1 WHERE id = 1", transaction: transaction);
            await transaction.CommitAsync(cancel);
            return result;
        }
        catch (Exception e) when (e is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException)
        {
            throw new NetworkUnavailableException(e);
        }
    }

    /// <summary>Runs a read on one connection.</summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancel = default)
    {
        await using var connection = await OpenAsync(cancel);
        try
        {
            return await work(connection);
        }
        catch (Exception e) when (e is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException)
        {
            throw new NetworkUnavailableException(e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _postgres?.Dispose();
}
