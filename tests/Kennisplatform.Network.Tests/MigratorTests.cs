using Dapper;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Testing;
using Microsoft.Data.Sqlite;

namespace Kennisplatform.Network.Tests;

/// <summary>Migrating a SQLite database made by an older version of the schema.</summary>
public sealed class MigratorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("0003_ids.sql", DatabaseKind.Sqlite, true)]
    [InlineData("0003_ids.sql", DatabaseKind.PostgreSql, true)]
    [InlineData("0003_ids.sqlite.sql", DatabaseKind.Sqlite, true)]
    [InlineData("0003_ids.sqlite.sql", DatabaseKind.PostgreSql, false)]
    [InlineData("0003_ids.postgresql.sql", DatabaseKind.Sqlite, false)]
    [InlineData("0003_ids.postgresql.sql", DatabaseKind.PostgreSql, true)]
    public void A_dialects_own_script_runs_only_on_that_database(string name, DatabaseKind kind, bool runs) =>
        Assert.Equal(runs, MigrationSet.RunsOn(name, kind));

    /// <summary>
    /// What each shipped script does on each database (its text with the dialect's words filled in, comment lines left
    /// out), by SHA-256. A database that applied a script never runs it again, so changing it would leave databases made
    /// before and after the change with different schemas: a change is a new script. A new script is added here.
    /// </summary>
    private static readonly Dictionary<(string Script, DatabaseKind Kind), string> Applied = new()
    {
        [("Migrations/0001_initial.sql", DatabaseKind.Sqlite)] = "970e7160d1cdcd73",
        [("Migrations/0001_initial.sql", DatabaseKind.PostgreSql)] = "4d9bcd929d319b98",
        [("Migrations/0002_generation.sql", DatabaseKind.Sqlite)] = "d986241588ba7e86",
        [("Migrations/0002_generation.sql", DatabaseKind.PostgreSql)] = "d986241588ba7e86",
        [("Migrations/0003_ids_never_reused.sqlite.sql", DatabaseKind.Sqlite)] = "ce9e95e302607cdc",
    };

    [Fact]
    public void Shipped_migrations_do_what_databases_applied_and_only_comments_may_change()
    {
        var shipped = new Dictionary<(string, DatabaseKind), string>();
        foreach (var (_, name) in Migrator.Scripts)
        {
            foreach (var kind in Enum.GetValues<DatabaseKind>().Where(k => MigrationSet.RunsOn(name, k)))
            {
                var statements = Migrator.Dialect(MigrationSet.Network.Read(name), kind).ReplaceLineEndings("\n").Split('\n')
                    .Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal));
                var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', statements)));
                shipped[(name, kind)] = Convert.ToHexString(hash)[..16].ToLowerInvariant();
            }
        }

        Assert.Equal(Applied.OrderBy(e => e.Key.Script).ThenBy(e => e.Key.Kind), shipped.OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2));
    }

    [Fact]
    public async Task A_database_made_before_autoincrement_keeps_its_rows_and_never_reuses_ids_after_migrating()
    {
        using var database = NetworkDatabase.Sqlite(_temp["netwerk.db"]);
        await CreateWithVersionTwoSchemaAsync(database);
        using var stores = new StoreSet(database);
        var owner = new Member("anna", "Anna", "Gemeente Venlo", Email: "anna@example.nl");
        ProjectForm Form(string title) => new(title, "Doel", ["vastgoed"], ["limburg"], "", "opstart", "2026-01-01", null, 0);
        var first = await stores.Projects.SaveAsync(owner, null, Form("Eerste"));
        var second = await stores.Projects.SaveAsync(owner, null, Form("Tweede"));
        var third = await stores.Projects.SaveAsync(owner, null, Form("Derde"));
        await DeleteProjectAsync(database, third.Id);

        Assert.Equal([3], await Migrator.MigrateAsync(database));

        Assert.Equal([(first.Id, "Eerste"), (second.Id, "Tweede")],
            (await stores.Projects.OfOwnerAsync("anna")).Select(p => (p.Id, p.Title)));
        Assert.Equal([first.Id], (await stores.Projects.SearchAsync(new DirectoryQuery("eerste"))).Items.Select(p => p.Id));
        await DeleteProjectAsync(database, second.Id);
        var next = await stores.Projects.SaveAsync(owner, null, Form("Vierde"));
        Assert.True(next.Id > second.Id, $"id {next.Id} was given before");
        Assert.Contains("profiles_by_name", await database.ReadAsync(c => c.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index'")));
    }

    /// <summary>Applies migrations 1 and 2 as the previous version did, with keys SQLite may give again.</summary>
    private static Task CreateWithVersionTwoSchemaAsync(NetworkDatabase database) => database.WriteAsync(async (c, t) =>
    {
        await c.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", transaction: t);
        foreach (var (version, name) in Migrator.Scripts.Where(s => s.Version <= 2))
        {
            await c.ExecuteAsync(MigrationSet.Network.Read(name).Replace("{id}", "INTEGER PRIMARY KEY", StringComparison.Ordinal), transaction: t);
            await c.ExecuteAsync("INSERT INTO schema_migrations (version, applied_at) VALUES (@version, 0)", new { version }, t);
        }
        return true;
    });

    private static Task DeleteProjectAsync(NetworkDatabase database, long id) =>
        database.WriteAsync((c, t) => c.ExecuteAsync("DELETE FROM projects WHERE id = @id", new { id }, t));
}
