namespace Kennisplatform.Bench;

/// <summary>One incremental build: what changed before it, and its figures.</summary>
public sealed record IncrementalRun(string Change, BuildResult Result);

/// <summary>
/// Incremental builds of a corpus that was just built cold: with nothing changed, after appending a sentence to one
/// page, after appending another, and after putting the page back. The page is restored even when a build fails.
/// </summary>
public static class IncrementalBuilds
{
    /// <summary>The four builds, each a <c>kennisplatform build</c> process of <paramref name="cli"/> with the cache of the build before.</summary>
    public static async Task<IReadOnlyList<IncrementalRun>> RunAsync(PublishedCli cli, string content, string site, TimeSpan timeout)
    {
        var runs = new List<IncrementalRun>();
        Console.WriteLine("Incremental: nothing changed …");
        runs.Add(new IncrementalRun("nothing changed", await BuildBenchmark.RunAsync(cli, content, site, timeout, cold: false)));
        var page = Directory.EnumerateFiles(Path.Combine(content, "praktijkvoorbeelden"), "*.md").Order(StringComparer.Ordinal).Last();
        var original = await File.ReadAllBytesAsync(page);
        try
        {
            await File.AppendAllTextAsync(page, "\nDe gemeente sloot na dit onderzoek drie panden.\n");
            Console.WriteLine($"Incremental: one page edited ({Path.GetFileName(page)}) …");
            runs.Add(new IncrementalRun("one page edited", await BuildBenchmark.RunAsync(cli, content, site, timeout, cold: false)));
            // From the third build on a build takes up the folder of the build before the published one (see SiteOutput).
            await File.AppendAllTextAsync(page, "\nDe eigenaar ging in beroep.\n");
            Console.WriteLine("Incremental: the same page edited again …");
            runs.Add(new IncrementalRun("edited again", await BuildBenchmark.RunAsync(cli, content, site, timeout, cold: false)));
        }
        finally
        {
            await File.WriteAllBytesAsync(page, original);
        }
        Console.WriteLine("Incremental: the page put back …");
        runs.Add(new IncrementalRun("the page put back", await BuildBenchmark.RunAsync(cli, content, site, timeout, cold: false)));
        return runs;
    }
}
