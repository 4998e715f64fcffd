using System.Diagnostics;
using System.Globalization;
using Kennisplatform.Network;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Testing;

namespace Kennisplatform.Bench;

/// <summary>
/// <c>bench netwerk</c>: the network's directory search (profiles and running projects, with facet counts) on a
/// database of N profiles and M projects, under C concurrent connections, on SQLite and on PostgreSQL. It calls the
/// stores the host's pages call (<see cref="ProfileStore.SearchAsync"/>, <see cref="ProjectStore.SearchAsync"/>), each
/// worker on its own pooled database connection, in a closed loop: no HTTP and no page rendering, only the search.
/// </summary>
public static class NetworkBenchmark
{
    /// <summary>What <c>netwerk --help</c> prints.</summary>
    public const string Usage = """
        usage: dotnet run -c Release --project bench/Kennisplatform.Bench -- netwerk [options]

          --profiles 5000           profiles in the directory
          --projects 2000           running projects
          --connections 16          concurrent searches, each on its own database connection
          --seconds 10              measured time per database (after --warmup)
          --warmup 3                warm-up seconds per database
          --databases sqlite,postgresql   which databases; PostgreSQL is Debian's postgresql, started in a temporary folder
          --cache yes|no            whether the stores cache searches between writes (DirectoryCache), as the host does (default yes)
          --sqlite FILE             keep the SQLite database in FILE and reuse it when it is already filled (default: a temporary file)
        """;

    private static readonly string[] Organisations =
    [
        "Politie", "Openbaar Ministerie", "Belastingdienst", "FIOD", "Douane", "Koninklijke Marechaussee", "LIEC",
    ];

    /// <summary>Runs the benchmark; returns 1 when any search failed.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine(Usage);
            return 0;
        }
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Count; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var profiles = Number("profiles", 5000);
        var projects = Number("projects", 2000);
        var connections = Number("connections", 16);
        var duration = TimeSpan.FromSeconds(Number("seconds", 10));
        var warmUp = TimeSpan.FromSeconds(Number("warmup", 3));
        var databases = values.GetValueOrDefault("databases", "sqlite,postgresql").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var results = new List<NetworkLoadResult>();
        foreach (var kind in databases)
        {
            using var temp = new TempFolder();
            PostgresServer? server = null;
            NetworkDatabase database;
            if (kind == "sqlite")
            {
                database = NetworkDatabase.Sqlite(values.GetValueOrDefault("sqlite") ?? temp["netwerk.db"]);
            }
            else if (kind == "postgresql")
            {
                server = new PostgresServer();
                await server.InitializeAsync();
                database = NetworkDatabase.PostgreSql(await server.DatabaseAsync("bench"));
            }
            else
            {
                Console.Error.WriteLine($"unknown database '{kind}' (sqlite, postgresql)");
                return 2;
            }
            try
            {
                using var terms = new TextTerms();
                var index = new ItemIndex(terms);
                var cache = new DirectoryCache(values.GetValueOrDefault("cache", "yes") == "no" ? 0 : DirectoryCache.DefaultCapacity);
                var options = Microsoft.Extensions.Options.Options.Create(new NetworkOptions { PostsPerHour = int.MaxValue });
                var profileStore = new ProfileStore(database, index, cache, TimeProvider.System);
                var projectStore = new ProjectStore(database, index, cache, new WriteLimits(options), TimeProvider.System);
                await Migrator.MigrateAsync(database);
                var clock = Stopwatch.StartNew();
                if ((await profileStore.SearchAsync(new DirectoryQuery(PageSize: 1))).Total != profiles) await SeedAsync(profileStore, projectStore, profiles, projects);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {profiles} profiles and {projects} projects written in {clock.Elapsed.TotalSeconds:0.0} s"));
                var workload = Workload();
                Func<int, Task<int>> search = async i =>
                {
                    var (onProjects, query) = workload[i % workload.Count];
                    return onProjects ? (await projectStore.SearchAsync(query)).Total : (await profileStore.SearchAsync(query)).Total;
                };
                await RunLoopAsync(search, connections, warmUp);
                await ShapesAsync(workload, search);
                var result = await RunLoopAsync(search, connections, duration) with { Database = kind };
                results.Add(result);
                Console.WriteLine(Line(result));
            }
            finally
            {
                database.Dispose();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (server is not null) await server.DisposeAsync();
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Directory search, {profiles} profiles and {projects} projects, {connections} connections, cache {values.GetValueOrDefault("cache", "yes")}, {Environment.ProcessorCount} cores:"));
        Console.WriteLine("| database | searches | errors | searches/s | p50 | p99 | mean | max | CPU ms/search | load at start |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Database} | {r.Searches} | {r.Errors} | {r.PerSecond:0} | {r.P50Ms:0.00} ms | {r.P99Ms:0.00} ms | {r.MeanMs:0.00} ms | {r.MaxMs:0.0} ms | {r.CpuMsPerSearch:0.00} | {r.LoadAverage:0.00} |"));
        }
        return results.All(r => r.Errors == 0) ? 0 : 1;
    }

    /// <summary>
    /// Profiles and projects written through the stores (so terms and facet values are exactly what the host writes),
    /// deterministic: 1–3 themes, 1–2 regions, expertise and goals from the themes' own words.
    /// </summary>
    private static async Task SeedAsync(ProfileStore profileStore, ProjectStore projectStore, int profiles, int projects)
    {
        var random = new Random(42);
        var members = new List<Member>(profiles);
        for (var i = 0; i < profiles; i++)
        {
            var region = Vocabulary.Regions[random.Next(Vocabulary.Regions.Length)];
            var organisation = random.Next(3) switch
            {
                0 => "Gemeente " + region.Places[random.Next(region.Places.Length)],
                1 => "RIEC " + region.Name,
                _ => Organisations[random.Next(Organisations.Length)],
            };
            var member = new Member($"bench{i:00000}", $"Medewerker {i:00000}", organisation);
            members.Add(member);
            var themes = Pick(random, Vocabulary.Themes, random.Next(1, 4));
            var regions = Pick(random, Vocabulary.Regions, random.Next(1, 3)).Prepend(region).Distinct().ToList();
            var expertise = string.Join(", ", themes.SelectMany(t => Pick(random, t.Terms, 3))) + ".";
            var work = "Een aanpak van " + themes[0].TitlePhrases[random.Next(themes[0].TitlePhrases.Length)] + " in " + region.Places[0] + ".";
            await profileStore.SaveAsync(member, new ProfileForm("Analist " + themes[0].Title.ToLowerInvariant(), themes.Select(t => t.Slug).ToList(),
                regions.Select(r => r.Slug).ToList(), expertise, work, null, false, null, 0));
        }
        for (var i = 0; i < projects; i++)
        {
            var owner = members[i % members.Count];
            var themes = Pick(random, Vocabulary.Themes, random.Next(1, 3));
            var regions = Pick(random, Vocabulary.Regions, random.Next(1, 3));
            var title = char.ToUpperInvariant(themes[0].TitlePhrases[0][0]) + themes[0].TitlePhrases[random.Next(themes[0].TitlePhrases.Length)][1..] + " " + (i + 1);
            var goal = "Samen met partners " + string.Join(", ", themes.SelectMany(t => Pick(random, t.Terms, 2))) + " in beeld brengen.";
            var phase = ProjectPhase.All[random.Next(ProjectPhase.All.Count)].Key;
            await projectStore.SaveAsync(owner, null, new ProjectForm(title, goal, themes.Select(t => t.Slug).ToList(), regions.Select(r => r.Slug).ToList(),
                string.Join(", ", Pick(random, Organisations, 2)), phase, $"2026-{random.Next(1, 13):00}-01", null, 0));
        }
    }

    /// <summary>
    /// 400 searches as the directory pages ask them: browsing everything (a quarter newest first, some page 2), one theme,
    /// theme and region, an organisation, one word of the themes' vocabulary, a word with a theme; 70% profiles.
    /// </summary>
    private static List<(bool Projects, DirectoryQuery Query)> Workload()
    {
        var random = new Random(7);
        var list = new List<(bool, DirectoryQuery)>();
        for (var i = 0; i < 400; i++)
        {
            var theme = Vocabulary.Themes[random.Next(Vocabulary.Themes.Length)];
            var region = Vocabulary.Regions[random.Next(Vocabulary.Regions.Length)];
            var word = theme.Terms[random.Next(theme.Terms.Length)].Split(' ')[0];
            var query = (i % 6) switch
            {
                0 => new DirectoryQuery(NewestFirst: random.Next(4) == 0, Page: random.Next(5) == 0 ? 2 : 1),
                1 => new DirectoryQuery(Theme: theme.Slug),
                2 => new DirectoryQuery(Theme: theme.Slug, Region: region.Slug),
                3 => new DirectoryQuery(Organisation: Organisations[random.Next(Organisations.Length)]),
                4 => new DirectoryQuery(word),
                _ => new DirectoryQuery(word, Theme: theme.Slug, NewestFirst: true),
            };
            list.Add((random.Next(10) < 3, query));
        }
        return list;
    }

    /// <summary>Each shape of search one after another on an idle database: where the time goes.</summary>
    private static async Task ShapesAsync(List<(bool Projects, DirectoryQuery Query)> workload, Func<int, Task<int>> search)
    {
        foreach (var group in Enumerable.Range(0, workload.Count).GroupBy(i => (workload[i].Projects, Shape(workload[i].Query))).OrderBy(g => g.Key))
        {
            var times = new List<double>();
            foreach (var i in group.Take(30))
            {
                var started = Stopwatch.GetTimestamp();
                await search(i);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(group.Key.Projects ? "projects" : "profiles"),-8} {group.Key.Item2,-22} median {times[times.Count / 2]:0.00} ms over {times.Count}"));
        }
    }

    private static string Shape(DirectoryQuery q) =>
        (q.Text is null ? "" : "text ") + (q.Theme is null ? "" : "theme ") + (q.Region is null ? "" : "region ") +
        (q.Organisation is null ? "" : "organisation ") is { Length: > 0 } s ? s.Trim() : "everything";

    private static List<T> Pick<T>(Random random, IReadOnlyList<T> from, int count) =>
        from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Count)).ToList();

    /// <summary>C workers, each running the next search as soon as its previous one returned, for the given time.</summary>
    private static async Task<NetworkLoadResult> RunLoopAsync(Func<int, Task<int>> search, int connections, TimeSpan duration)
    {
        var load = LoadAverage();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var next = -1;
        var errors = 0;
        var latencies = new List<double>[connections];
        string? firstError = null;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await search(Interlocked.Increment(ref next));
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, e.Message, null);
                }
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        if (firstError is not null) Console.Error.WriteLine($"first error: {firstError}");
        var all = latencies.SelectMany(l => l).Order().ToList();
        double At(double q) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)(q * all.Count))];
        return new NetworkLoadResult("", all.Count, errors, all.Count / seconds, At(0.50), At(0.99),
            all.Count == 0 ? double.NaN : all.Average(), all.Count == 0 ? double.NaN : all[^1], all.Count == 0 ? double.NaN : cpu / all.Count, load);
    }

    private static double? LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture, out var l) ? l : null;

    private static string Line(NetworkLoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Database}: {r.Searches} searches, {r.Errors} errors, {r.PerSecond:0}/s, p50 {r.P50Ms:0.00} ms, p99 {r.P99Ms:0.00} ms, CPU {r.CpuMsPerSearch:0.00} ms/search");
}

/// <summary>The figures of one database's directory-search run.</summary>
public sealed record NetworkLoadResult(
    string Database,
    int Searches,
    int Errors,
    double PerSecond,
    double P50Ms,
    double P99Ms,
    double MeanMs,
    double MaxMs,
    double CpuMsPerSearch,
    double? LoadAverage);
