using System.CommandLine;
using System.Globalization;
using Kennisplatform.Host.QueryLog;
using Kennisplatform.Network.Storage;

namespace Kennisplatform.Cli;

/// <summary>
/// <c>kennisplatform rapport zoekvragen [--since DATE] [--top N]</c>: from the host's anonymous query log, the most
/// asked queries and the queries that found nothing, so that editors see what is missing.
/// </summary>
public static class QueryReportCommand
{
    /// <summary>Days looked back when no <c>--since</c> is given.</summary>
    public const int DefaultDays = 30;

    /// <summary>The <c>zoekvragen</c> report; <paramref name="today"/> ends the default period.</summary>
    public static Command Create(DateOnly today)
    {
        var since = new Option<string>("--since") { Description = $"first day counted (yyyy-mm-dd); default {DefaultDays} days ago", HelpName = "DATE" };
        var top = new Option<int>("--top") { Description = "queries per list", HelpName = "N", DefaultValueFactory = _ => 20 };
        var database = new Option<string>("--database")
        {
            Description = "the query log's SQLite file", HelpName = "FILE", DefaultValueFactory = _ => new QueryLogOptions().SqliteFile,
        };
        var postgres = new Option<string>("--postgresql") { Description = "read the query log from PostgreSQL instead (connection string)", HelpName = "CS" };
        var command = new Command("zoekvragen", "most asked search queries and queries without results") { since, top, database, postgres };
        command.SetAction((parsed, cancel) => RunAsync(parsed.GetValue(since), parsed.GetValue(top), parsed.GetValue(database)!,
            parsed.GetValue(postgres), today, cancel));
        return command;
    }

    /// <summary>Prints the report; exit code 2 for a bad date or number, 1 when there is no query log.</summary>
    public static async Task<int> RunAsync(string? since, int top, string database, string? postgres, DateOnly today, CancellationToken cancel = default)
    {
        var first = today.AddDays(-DefaultDays);
        if (!string.IsNullOrWhiteSpace(since) && !DateOnly.TryParseExact(since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            Console.Error.WriteLine($"rapport zoekvragen: '{since}' is not a date; write it as yyyy-mm-dd, e.g. {today.AddDays(-DefaultDays):yyyy-MM-dd}");
            return 2;
        }
        if (top < 1)
        {
            Console.Error.WriteLine("rapport zoekvragen: --top must be at least 1");
            return 2;
        }
        var options = new QueryLogOptions { SqliteFile = database, PostgreSql = postgres };
        if (string.IsNullOrWhiteSpace(postgres) && !File.Exists(database))
        {
            Console.Error.WriteLine($"rapport zoekvragen: no query log at {Path.GetFullPath(database)} (is the log on, see docs/search.md, and is this the host's folder?)");
            return 1;
        }
        using var opened = QueryLogStore.Open(options, Directory.GetCurrentDirectory());
        var store = new QueryLogStore(opened);
        await store.MigrateAsync(cancel);
        var report = await store.ReportAsync(first, top, cancel);
        foreach (var line in Lines(report)) Console.WriteLine(line);
        return 0;
    }

    /// <summary>The report as printed: totals, the most asked queries, the queries without results.</summary>
    public static IEnumerable<string> Lines(QueryReport report)
    {
        var c = CultureInfo.InvariantCulture;
        yield return string.Create(c, $"Zoekvragen sinds {report.Since:yyyy-MM-dd}: {report.Searches} met tekst, {report.SignedIn} van ingelogde gebruikers en {report.Withheld} weggelaten (alleen geteld)");
        yield return "";
        yield return "Meest gezocht";
        if (report.MostAsked.Count == 0) yield return "  (geen)";
        else yield return "  gezocht  zonder  resultaten  zoekvraag";
        foreach (var q in report.MostAsked) yield return string.Create(c, $"  {q.Asked,7}  {q.WithoutResults,6}  {q.Results,10}  {q.Query}");
        yield return "";
        yield return "Zonder resultaten (de laatste keer)";
        if (report.WithoutResults.Count == 0) yield return "  (geen)";
        else yield return "  gezocht  zoekvraag";
        foreach (var q in report.WithoutResults) yield return string.Create(c, $"  {q.Asked,7}  {q.Query}");
    }
}
