using System.Net;
using System.Net.Sockets;

namespace Kennisplatform.Bench;

/// <summary>One query answered alone on an idle host: its size and latency.</summary>
public sealed record QueryProbe(string Path, long Bytes, double Ms);

/// <summary>
/// The search load run against a built site: the HTML search page under the query mix, the same searches as JSON
/// (no page rendering), the static page, and how search compares with static.
/// </summary>
public sealed record SearchLoadResult(
    string Site,
    int Connections,
    double Seconds,
    double WarmUpSeconds,
    int QueryCount,
    string StaticPath,
    LoadResult Search,
    LoadResult SearchApi,
    LoadResult Static,
    double RpsRatio,
    double P50Ratio,
    double P99Ratio,
    IReadOnlyList<QueryProbe> Probes);

/// <summary>
/// Starts the real host (<see cref="Kennisplatform.Host.Program.Main"/>) in this process on a free loopback port and
/// measures the HTML search page under a fixed query mix against one static practice page of similar size.
/// </summary>
public static class SearchLoadBenchmark
{
    /// <summary>
    /// The fixed mix: single subject words, compounds the splitter must take apart, glossary synonyms, typos that go
    /// through spelling correction, a phrase, an exclusion, a long natural question, filters, date sort, page 2 and
    /// one very common word. The words are those of the generated corpus (<see cref="Vocabulary"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> Queries =
    [
        "q=vastgoed",
        "q=witwassen",
        "q=damocles",
        "q=hennepkwekerij",
        "q=drugslab",
        "q=bibob+horeca",
        "q=ondermijning+tilburg",
        "q=vastgoedcriminaliteit",
        "q=riec",
        "q=apv",
        "q=wwft",
        "q=katvanger",
        "q=arbeidsuitbuiting+arbeidsmigranten",
        "q=ondermyning",
        "q=witwasen",
        "q=%22integrale+aanpak%22",
        "q=drugshandel+-hennepteelt",
        "q=informatie+delen+binnen+de+gemeente",
        "q=pandsluiting+woning",
        "q=jonge+aanwas+wijkaanpak",
        "q=haven+uithalers+corruptie",
        "q=vakantieparken+permanente+bewoning",
        "q=financi%C3%ABle+facilitators+notaris",
        "q=coca%C3%AFnesmokkel",
        "q=privacyprotocol+avg",
        "q=weerbare+ondernemers",
        "q=vastgoed&type=praktijkvoorbeeld",
        "q=drugscriminaliteit&sorteer=datum",
        "q=witwassen&pagina=2",
        "q=gemeente",
    ];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// On one host: warm-up of the search mix on the HTML page and on the JSON API, one probe pass, a measured run of
    /// each, then the static page of similar size (warm-up, measured run).
    /// </summary>
    public static async Task<SearchLoadResult> RunAsync(string site, int connections, TimeSpan duration, TimeSpan warmUp)
    {
        var url = $"http://127.0.0.1:{FreeLoopbackPort()}";
        var baseAddress = new Uri(url);
        var host = Task.Run(() => Kennisplatform.Host.Program.Main(
        [
            $"--Site:Path={site}",
            $"--urls={url}",
            // Warning level: the start-up lines and a line per request (tens of thousands) would drown the tables.
            "--Logging:LogLevel:Default=Warning",
            // The per-client search limit (token bucket per address) would answer most of the load with 429, and all
            // load comes from one address: lift it, so the figures are the cost of searching, not of refusing.
            $"--Zoeken:PerMinute={int.MaxValue / 2}",
            $"--Zoeken:Burst={int.MaxValue / 2}",
        ]));
        await WaitUntilHealthyAsync(baseAddress, host);

        using var load = new LoadGenerator(baseAddress, connections);
        var searchPaths = Queries.Select(q => "/zoeken?" + q).ToList();
        var apiPaths = Queries.Select(q => "/api/zoeken?" + q).ToList();

        // Both search endpoints share the search code (much of Lucene), so both are warmed before either is measured:
        // otherwise the first measured run pays for the JIT's work on the code the second one then gets for free.
        await load.RunAsync("warm-up", searchPaths, warmUp);
        await load.RunAsync("warm-up", apiPaths, warmUp);
        var probes = (await load.ProbeAsync(searchPaths)).Select(p => new QueryProbe(p.Path, p.Bytes, p.Ms)).ToList();
        var search = await load.RunAsync("search", searchPaths, duration);
        var api = await load.RunAsync("search-api", apiPaths, duration);

        var staticPath = StaticPageOfSize(site, (long)probes.Average(p => p.Bytes));
        await load.RunAsync("warm-up", [staticPath], warmUp);
        var @static = await load.RunAsync("static", [staticPath], duration);

        static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
        return new SearchLoadResult(site, connections, duration.TotalSeconds, warmUp.TotalSeconds, Queries.Count, staticPath,
            search, api, @static, Ratio(search.RequestsPerSecond, @static.RequestsPerSecond), Ratio(search.P50Ms, @static.P50Ms),
            Ratio(search.P99Ms, @static.P99Ms), probes);
    }

    /// <summary>
    /// The practice page whose HTML size is nearest to <paramref name="bytes"/> (ties: first by path), so the comparison
    /// is between answers of the same size and the difference is the work of searching and rendering.
    /// </summary>
    private static string StaticPageOfSize(string site, long bytes)
    {
        var folder = Path.Combine(site, "public", "praktijkvoorbeelden");
        var best = new DirectoryInfo(folder).EnumerateDirectories()
            .Select(d => new FileInfo(Path.Combine(d.FullName, "index.html")))
            .Where(f => f.Exists)
            .OrderBy(f => Math.Abs(f.Length - bytes)).ThenBy(f => f.FullName, StringComparer.Ordinal)
            .FirstOrDefault() ?? throw new InvalidOperationException($"no practice pages in {folder}");
        return $"/praktijkvoorbeelden/{best.Directory!.Name}/";
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilHealthyAsync(Uri baseAddress, Task host)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (host.IsCompleted)
            {
                await host; // rethrows why the host stopped
                throw new InvalidOperationException("the host stopped before it answered /healthz");
            }
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the host did not answer /healthz with 200 within {StartTimeout.TotalSeconds:0} s");
    }
}
