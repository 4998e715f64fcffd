using Kennisplatform.Search;
using Microsoft.Data.Sqlite;

namespace Kennisplatform.Network.Storage;

/// <summary>
/// A consistent copy of the SQLite file while the host keeps running, with SQLite's online backup: the copy is one
/// moment of the database, whatever is written meanwhile. Written under a temporary name, then renamed.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/>; returns the size of the copy in bytes.</summary>
    public static long Copy(string source, string target)
    {
        if (!File.Exists(source)) throw new FileNotFoundException($"No network database at {source}.", source);
        var full = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // A backup that cannot be written is the command's error.
        WholeFile.Replace(full, temporary =>
        {
            using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString());
            from.Open();
            to.Open();
            from.BackupDatabase(to);
            using var command = to.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE"; // a single self-contained file
            command.ExecuteNonQuery();
        });
        return new FileInfo(full).Length;
    }
}
