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
