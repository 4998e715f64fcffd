using System.Globalization;
using System.Reflection;

namespace Kennisplatform.Network.Storage;

/// <summary>
/// The numbered SQL scripts of one store (embedded resources <c>{Folder}0001_….sql</c>) and the table that records
/// which were applied, so that stores with their own schema share one <see cref="Migrator"/>. A script named
/// <c>0003_….sqlite.sql</c> or <c>0003_….postgresql.sql</c> runs only on that database; its version is recorded on both.
/// </summary>
/// <param name="Assembly">The assembly that embeds the scripts.</param>
/// <param name="Folder">The resource-name prefix of the scripts, e.g. <c>Migrations/</c>.</param>
/// <param name="Table">The table of applied versions (a fixed identifier, never user input).</param>
/// <param name="LockKey">The PostgreSQL advisory lock that serialises hosts migrating this set.</param>
/// <param name="WriteGeneration">True when the schema has the <c>generation</c> table that every write raises (the network's, for <see cref="DirectoryCache"/>).</param>
public sealed record MigrationSet(Assembly Assembly, string Folder, string Table, long LockKey, bool WriteGeneration = false)
{
    /// <summary>The network's own scripts.</summary>
    public static MigrationSet Network { get; } = new(typeof(Migrator).Assembly, "Migrations/", "schema_migrations", 7316001, WriteGeneration: true);

    /// <summary>The scripts shipped with this version, in order.</summary>
    public IReadOnlyList<(int Version, string Name)> Scripts => Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (int.Parse(n[Folder.Length..][..4], CultureInfo.InvariantCulture), n))
        .OrderBy(s => s.Item1).ToList();

    /// <summary>Whether the script <paramref name="name"/> runs on <paramref name="kind"/>: a dialect's own script only there, any other on both.</summary>
    public static bool RunsOn(string name, DatabaseKind kind) =>
        Enum.GetValues<DatabaseKind>().All(other => other == kind || !name.EndsWith(DialectSuffix(other), StringComparison.Ordinal));

    private static string DialectSuffix(DatabaseKind kind) => $".{kind.ToString().ToLowerInvariant()}.sql";

    /// <summary>The text of one script.</summary>
    public string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
