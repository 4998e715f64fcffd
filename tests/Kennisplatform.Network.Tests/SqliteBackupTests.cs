using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Testing;

namespace Kennisplatform.Network.Tests;

public class SqliteBackupTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task A_backup_taken_while_connections_are_open_holds_every_committed_profile()
    {
        using var temp = new TempFolder();
        var stores = database.Stores;
        await stores.Profiles.SaveAsync(new Member("backup-a", "Backup A", "Gemeente Venlo"),
            new ProfileForm("Analist", ["vastgoed"], ["limburg"], "Vastgoed", "", null, false, null, 0));
        await using var open = await stores.Database.OpenAsync(); // the host keeps connections open

        var size = SqliteBackup.Copy(database.File, temp["kopie.db"]);

        Assert.True(size > 0);
        using var copy = NetworkDatabase.Sqlite(temp["kopie.db"]);
        using var copied = new StoreSet(copy);
        Assert.Equal("Backup A", (await copied.Profiles.FindByUserAsync("backup-a"))!.Name);
        Assert.Empty(await Migrator.MigrateAsync(copy));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
