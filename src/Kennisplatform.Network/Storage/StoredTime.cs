namespace Kennisplatform.Network.Storage;

/// <summary>Stored times are Unix milliseconds (UTC), alike in SQLite and PostgreSQL.</summary>
internal static class StoredTime
{
    public static long From(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset To(long stored) => DateTimeOffset.FromUnixTimeMilliseconds(stored);
}
