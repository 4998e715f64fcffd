using Dapper;
using Kennisplatform.Network.Storage;

namespace Kennisplatform.Host.QueryLog;

/// <summary>
/// The query log's tables, in a database of its own (an embedded SQLite file by default, PostgreSQL by connection
/// string), opened and migrated the way the network's store is (<see cref="NetworkDatabase"/>, <see cref="Migrator"/>)
/// but with its own scripts and version table.
/// </summary>
public sealed class QueryLogStore(NetworkDatabase database)
{
    /// <summary>The query log's migrations (<c>QueryLog/Migrations/*.sql</c> in this assembly).</summary>
    public static MigrationSet Migrations { get; } = new(typeof(QueryLogStore).Assembly, "QueryLog/Migrations/", "query_log_migrations", 7316002);

    private const string Totals = """
        SELECT CAST(COALESCE(SUM(asked), 0) AS BIGINT) FROM query_log WHERE day >= @since
        """;

    private const string Counts = """
        SELECT origin AS Origin, CAST(SUM(asked) AS BIGINT) AS Asked FROM query_log_counts WHERE day >= @since GROUP BY origin
        """;

    // Per query over the days asked: the sums, and the results of the last day it was asked.
    private const string PerQuery = """
        SELECT l.query AS Query, CAST(SUM(l.asked) AS BIGINT) AS Asked, CAST(SUM(l.without_results) AS BIGINT) AS WithoutResults,
               (SELECT r.results FROM query_log r WHERE r.query = l.query AND r.day >= @since ORDER BY r.day DESC LIMIT 1) AS Results
        FROM query_log l WHERE l.day >= @since GROUP BY l.query
        """;

    /// <summary>The database the options choose: PostgreSQL when a connection string is set, else the SQLite file under <paramref name="baseFolder"/>.</summary>
    public static NetworkDatabase Open(QueryLogOptions options, string baseFolder) =>
        string.IsNullOrWhiteSpace(options.PostgreSql)
            ? NetworkDatabase.Sqlite(Path.Combine(baseFolder, options.SqliteFile))
            : NetworkDatabase.PostgreSql(options.PostgreSql);

    /// <summary>Creates or updates the tables.</summary>
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancel = default) => Migrator.MigrateAsync(database, Migrations, cancel);

    /// <summary>Adds a batch of sums in one transaction.</summary>
    public Task AddAsync(QueryLogBatch batch, CancellationToken cancel = default) => database.WriteAsync(async (connection, transaction) =>
    {
        await connection.ExecuteAsync("""
            INSERT INTO query_log (day, query, asked, without_results, results) VALUES (@Day, @Query, @Asked, @WithoutResults, @Results)
            ON CONFLICT (day, query) DO UPDATE SET asked = query_log.asked + excluded.asked,
                without_results = query_log.without_results + excluded.without_results, results = excluded.results
            """, batch.Queries, transaction);
        await connection.ExecuteAsync("""
            INSERT INTO query_log_counts (day, origin, asked) VALUES (@Day, @Origin, @Asked)
            ON CONFLICT (day, origin) DO UPDATE SET asked = query_log_counts.asked + excluded.asked
            """, batch.Counts, transaction);
        return 0;
    }, cancel);

    /// <summary>Deletes the days before <paramref name="day"/>.</summary>
    public Task DeleteBeforeAsync(DateOnly day, CancellationToken cancel = default) => database.WriteAsync(async (connection, transaction) =>
    {
        var before = new { day = QueryLogBatch.DayName(day) };
        await connection.ExecuteAsync("DELETE FROM query_log WHERE day < @day", before, transaction);
        await connection.ExecuteAsync("DELETE FROM query_log_counts WHERE day < @day", before, transaction);
        return 0;
    }, cancel);

    /// <summary>The report from <paramref name="since"/> on: totals, the <paramref name="top"/> most asked, and up to as many without results.</summary>
    public Task<QueryReport> ReportAsync(DateOnly since, int top, CancellationToken cancel = default) => database.ReadAsync(async connection =>
    {
        var parameters = new { since = QueryLogBatch.DayName(since), top };
        var searches = await connection.ExecuteScalarAsync<long>(Totals, parameters);
        var counts = (await connection.QueryAsync<(string Origin, long Asked)>(Counts, parameters)).ToDictionary(c => c.Origin, c => c.Asked);
        var most = await connection.QueryAsync<Line>($"SELECT * FROM ({PerQuery}) q ORDER BY Asked DESC, Query LIMIT @top", parameters);
        var none = await connection.QueryAsync<Line>(
            $"SELECT * FROM ({PerQuery}) q WHERE Results = 0 ORDER BY Asked DESC, Query LIMIT @top", parameters);
        return new QueryReport(since, searches,
            counts.GetValueOrDefault(QueryLogBatch.OriginName(QueryOrigin.SignedIn)),
            counts.GetValueOrDefault(QueryLogBatch.OriginName(QueryOrigin.Withheld)),
            most.Select(Line.ToReport).ToList(), none.Select(Line.ToReport).ToList());
    }, cancel);

    // Read by properties: SQLite reports no column types for an empty result, which constructor mapping needs.
    private sealed class Line
    {
        public string Query { get; set; } = "";

        public long Asked { get; set; }

        public long WithoutResults { get; set; }

        public long Results { get; set; }

        public static QueryReportLine ToReport(Line l) => new(l.Query, l.Asked, l.WithoutResults, l.Results);
    }
}
