using Kennisplatform.Host.QueryLog;
using Kennisplatform.Network.Storage;
using Kennisplatform.Testing;

namespace Kennisplatform.Cli.Tests;

public class QueryReportCommandTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static async Task<string> LogAsync(TempFolder temp)
    {
        var file = temp["zoekvragen.db"];
        using var database = NetworkDatabase.Sqlite(file);
        var store = new QueryLogStore(database);
        await store.MigrateAsync();
        DateOnly Day(int d) => new(2026, 11, d);
        await store.AddAsync(QueryLogBatch.Of([
            new(Day(10), QueryOrigin.Public, "oud onderwerp", 0), // before --since: not counted
            new(Day(20), QueryOrigin.Public, "witwassen", 14),
            new(Day(20), QueryOrigin.Public, "autoverhuur witwassen", 0),
            new(Day(21), QueryOrigin.Public, "witwassen", 15),
            new(Day(21), QueryOrigin.Public, "witwassen", 15),
            new(Day(21), QueryOrigin.Public, "autoverhuur witwassen", 3), // found something the last time
            new(Day(22), QueryOrigin.Public, "drugslab zeeland", 0),
            new(Day(22), QueryOrigin.SignedIn, null, 7),
            new(Day(22), QueryOrigin.Withheld, null, 0),
        ]));
        return file;
    }

    [Fact]
    public async Task The_report_lists_the_most_asked_queries_and_those_without_results_since_the_date()
    {
        using var temp = new TempFolder();
        var file = await LogAsync(temp);

        using var console = new ConsoleCapture();
        var exit = await CommandLine.RunAsync(["rapport", "zoekvragen", "--since", "2026-11-15", "--database", file], Today);

        Assert.Equal(0, exit);
        var lines = console.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal("Zoekvragen sinds 2026-11-15: 6 met tekst, 1 van ingelogde gebruikers en 1 weggelaten (alleen geteld)", lines[0]);
        var most = lines.IndexOf("Meest gezocht");
        Assert.Equal("        3       0          15  witwassen", lines[most + 2]);
        Assert.Equal("        2       1           3  autoverhuur witwassen", lines[most + 3]);
        Assert.Equal("        1       1           0  drugslab zeeland", lines[most + 4]);
        var none = lines.IndexOf("Zonder resultaten (de laatste keer)");
        Assert.Equal(["        1  drugslab zeeland", ""], lines[(none + 2)..]);
        Assert.DoesNotContain("oud onderwerp", console.Out);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused_with_the_expected_form()
    {
        using var temp = new TempFolder();
        var file = await LogAsync(temp);

        using var console = new ConsoleCapture();
        var exit = await CommandLine.RunAsync(["rapport", "zoekvragen", "--since", "15-11-2026", "--database", file], Today);

        Assert.Equal(2, exit);
        Assert.Contains("'15-11-2026' is not a date; write it as yyyy-mm-dd", console.Error);
    }

    [Fact]
    public async Task Without_a_query_log_the_report_says_where_it_looked()
    {
        using var temp = new TempFolder();

        using var console = new ConsoleCapture();
        var exit = await CommandLine.RunAsync(["rapport", "zoekvragen", "--database", temp["nergens.db"]], Today);

        Assert.Equal(1, exit);
        Assert.Contains("no query log at " + temp["nergens.db"], console.Error);
        Assert.False(File.Exists(temp["nergens.db"]));
    }
}
