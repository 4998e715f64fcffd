namespace Kennisplatform.Host.QueryLog;

/// <summary>The anonymous query log (configuration section <c>Zoekvragen</c>).</summary>
public sealed class QueryLogOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Zoekvragen";

    /// <summary>Whether searches are counted at all; <c>false</c> records nothing and opens no database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// A PostgreSQL connection string, for several hosts writing one aggregate; when empty, the embedded SQLite file
    /// <see cref="SqliteFile"/> is used.
    /// </summary>
    public string? PostgreSql { get; set; }

    /// <summary>The SQLite file, created and migrated on first use (relative to the host's working folder).</summary>
    public string SqliteFile { get; set; } = "zoekvragen-data/zoekvragen.db";

    /// <summary>Searches waiting to be written; beyond this, new ones are dropped rather than slowing a search down.</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>How long the writer gathers searches before it writes them in one transaction.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Days kept; older days are deleted by the writer.</summary>
    public int KeepDays { get; set; } = 400;
}
