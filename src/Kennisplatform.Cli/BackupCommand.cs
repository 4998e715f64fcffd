using System.CommandLine;
using Kennisplatform.Network;
using Kennisplatform.Network.Storage;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform backup</c>: a consistent copy of the network's SQLite file, also while the host runs.</summary>
public static class BackupCommand
{
    /// <summary>The <c>backup</c> verb.</summary>
    public static Command Create()
    {
        var target = new Argument<string>("doel") { Description = "the file to write, e.g. netwerk-2026-11-29.db" };
        var database = new Option<string>("--database") { Description = "the network's SQLite file", DefaultValueFactory = _ => new NetworkOptions().SqliteFile };
        var command = new Command("backup", "copy the network's SQLite database consistently, while the host runs") { target, database };
        command.SetAction(parsed => Run(parsed.GetValue(database)!, parsed.GetValue(target)!));
        return command;
    }

    /// <summary>Copies; exit code 1 when there is no database.</summary>
    public static int Run(string database, string target)
    {
        try
        {
            var bytes = SqliteBackup.Copy(database, target);
            Console.WriteLine($"backup: {Path.GetFullPath(target)} ({bytes / 1024} KiB)");
            return 0;
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"backup: {e.Message} (for PostgreSQL use pg_dump, see docs/operations.md)");
            return 1;
        }
    }
}
