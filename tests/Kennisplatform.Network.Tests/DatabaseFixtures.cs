using Kennisplatform.Network.Storage;
using Kennisplatform.Testing;

namespace Kennisplatform.Network.Tests;

/// <summary>A migrated SQLite file for one test class.</summary>
public sealed class SqliteDatabaseFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public StoreSet Stores { get; private set; } = default!;

    public string File => _temp["netwerk.db"];

    public async ValueTask InitializeAsync()
    {
        var database = NetworkDatabase.Sqlite(File);
        await Migrator.MigrateAsync(database);
        Stores = new StoreSet(database);
    }

    public ValueTask DisposeAsync()
    {
        Stores.Dispose();
        Stores.Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>One PostgreSQL server for every test class in the collection; each class gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
