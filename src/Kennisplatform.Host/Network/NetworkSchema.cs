using Kennisplatform.Network.Storage;

namespace Kennisplatform.Host.Network;

/// <summary>
/// Creates and migrates the database on first use (zero setup). When the database is unreachable, the next request
/// tries again, so the network comes back by itself once the database does.
/// </summary>
public sealed class NetworkSchema(NetworkDatabase database, ILogger<NetworkSchema> log)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    /// <summary>Migrates unless done; throws <see cref="NetworkUnavailableException"/> when the database cannot be reached.</summary>
    public async Task EnsureAsync()
    {
        if (_ready) return;
        await _gate.WaitAsync();
        try
        {
            if (_ready) return;
            var applied = await Migrator.MigrateAsync(database);
            if (applied.Count > 0) log.LogInformation("Network database migrated to version {Version}", applied[^1]);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
