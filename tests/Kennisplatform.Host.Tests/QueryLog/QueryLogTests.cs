using System.Net;
using Kennisplatform.Host.QueryLog;
using Kennisplatform.Network.Storage;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Kennisplatform.Host.Tests.QueryLog;

/// <summary>The anonymous query log, through the host: what a search leaves behind in the log's own database.</summary>
[Collection(SiteHostCollection.Name)]
public sealed class QueryLogTests(SiteHostFixture site) : IDisposable
{
    private readonly TempFolder _temp = new();

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) => site.Factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("Zoekvragen:FlushInterval", "00:00:00.020");
        foreach (var (key, value) in settings) b.UseSetting(key, value);
    });

    /// <summary>Waits until the writer has written <paramref name="count"/> searches or lost a batch.</summary>
    internal static async Task<QueryLogWriter> WrittenAsync(WebApplicationFactory<Program> host, long count)
    {
        var writer = host.Services.GetRequiredService<QueryLogWriter>();
        for (var i = 0; i < 500 && writer.Written < count && writer.Failed == 0; i++) await Task.Delay(20);
        return writer;
    }

    [Fact]
    public async Task Searches_are_counted_per_normalized_query_with_their_results_and_the_report_lists_them()
    {
        var file = _temp["log.db"];
        await using var host = Host(("Zoekvragen:SqliteFile", file));
        var client = host.CreateClient();
        await client.GetStringAsync("/zoeken?q=Damocles");
        await client.GetStringAsync("/zoeken?q=Damocles"); // answered from the response cache, and still counted
        await client.GetStringAsync("/zoeken?q=damocles++");
        await client.GetStringAsync("/api/zoeken?q=DAMOCLES");
        await client.GetStringAsync("/zoeken?q=damocles&pagina=2"); // paging is not a new asking
        await client.GetStringAsync("/zoeken?q=qqxyzzy");
        await client.GetStringAsync("/zoeken?thema=drugs"); // browsing without words is no query

        Assert.Equal(0, (await WrittenAsync(host, 5)).Failed);
        var report = await new QueryLogStore(NetworkDatabase.Sqlite(file)).ReportAsync(DateOnly.FromDateTime(DateTime.UtcNow), 10);

        Assert.Equal(5, report.Searches);
        var damocles = Assert.Single(report.MostAsked, q => q.Query == "damocles");
        Assert.Equal(4, damocles.Asked);
        Assert.True(damocles.Results > 0);
        Assert.Equal([new QueryReportLine("qqxyzzy", 1, 1, 0)], report.WithoutResults);
        Assert.Equal(2, report.MostAsked.Count);
    }

    [Fact]
    public async Task Text_that_looks_like_personal_data_is_counted_but_not_stored()
    {
        var file = _temp["personal.db"];
        await using var host = Host(("Zoekvragen:SqliteFile", file));
        await host.CreateClient().GetStringAsync("/zoeken?q=" + Uri.EscapeDataString("piet.pienter@voorbeeld.nl"));

        await WrittenAsync(host, 1);
        var report = await new QueryLogStore(NetworkDatabase.Sqlite(file)).ReportAsync(DateOnly.FromDateTime(DateTime.UtcNow), 10);

        Assert.Equal((0, 1), (report.Searches, report.Withheld));
        Assert.Empty(report.MostAsked);
        Assert.DoesNotContain("pienter", StoredText(file));
    }

    [Fact]
    public async Task When_the_log_is_off_nothing_is_recorded_and_no_database_is_made()
    {
        var file = _temp["off.db"];
        await using var host = Host(("Zoekvragen:Enabled", "false"), ("Zoekvragen:SqliteFile", file));
        var response = await host.CreateClient().GetAsync("/zoeken?q=damocles");
        await Task.Delay(200); // several flush intervals

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(host.Services.GetRequiredService<QueryRecorder>().Enabled);
        Assert.Equal(0, host.Services.GetRequiredService<QueryLogWriter>().Written);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_broken_log_database_never_breaks_search()
    {
        // The log's folder is a file: the database can be neither made nor opened.
        File.WriteAllText(_temp["not-a-folder"], "");
        await using var host = Host(("Zoekvragen:SqliteFile", Path.Combine(_temp["not-a-folder"], "log.db")));
        var client = host.CreateClient();
        var first = await client.GetAsync("/zoeken?q=damocles");
        var writer = await WrittenAsync(host, 1);
        var second = await client.GetAsync("/zoeken?q=damocles");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(writer.Failed > 0);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("href=\"/themas/damocles/\"", await second.Content.ReadAsStringAsync());
    }

    /// <summary>Every text value in the log's tables, and the raw bytes of its files, as one string.</summary>
    internal static string StoredText(string file)
    {
        SqliteConnection.ClearAllPools();
        var raw = string.Join("\n", Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + "*")
            .Select(f => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        var rows = new List<string>();
        foreach (var table in new[] { "query_log", "query_log_counts" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) rows.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
        }
        return raw + "\n" + string.Join("\n", rows);
    }

    public void Dispose() => _temp.Dispose();
}
