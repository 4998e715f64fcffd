namespace Kennisplatform.Bench;

/// <summary>One incremental build: what changed before it, and its figures.</summary>
public sealed record IncrementalRun(string Change, BuildResult Result);

/// <summary>
/// Incremental builds of a corpus that was just built cold: with nothing changed, after appending a sentence to one
/// page, after appending another (whose words the compound dictionary gains), after putting the page back, and then
/// <see cref="LaterEdits"/> edits as an editor makes them one after another (the first sentence added, taken out, …).
/// The page is restored even when a build fails.
/// </summary>
public static class IncrementalBuilds
{
    /// <summary>How many edits follow the first ones: enough for a median that one slow build does not move.</summary>
    public const int LaterEdits = 6;

    /// <summary>The change of every later edit, so the report can take their median.</summary>
    public const string LaterEdit = "later edit";

    private const string Sentence = "\nDe gemeente sloot na dit onderzoek drie panden.\n";

    /// <summary>The builds, each a <c>kennisplatform build</c> process of <paramref name="cli"/> with the cache of the build before.</summary>
    public static async Task<IReadOnlyList<IncrementalRun>> RunAsync(PublishedCli cli, string content, string site, TimeSpan timeout)
    {
        var runs = new List<IncrementalRun>();
        Console.WriteLine("Incremental: nothing changed …");
        runs.Add(new IncrementalRun("nothing changed", await BuildBenchmark.RunAsync(cli, content, site, timeout, cold: false)));
        var page = Directory.EnumerateFiles(Path.Combine(content, "praktijkvoorbeelden"), "*.md").Order(StringComparer.Ordinal).Last();
        var original = await File.ReadAllBytesAsync(page);
        try
        {
            await File.AppendAllTextAsync(page, Sentence);
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
        try
        {
            for (var i = 0; i < LaterEdits; i++)
            {
                // Added and taken out in turn: each build has one page that differs from the build before it.
                await File.WriteAllBytesAsync(page, i % 2 == 0 ? [.. original, .. System.Text.Encoding.UTF8.GetBytes(Sentence)] : original);
                Console.WriteLine($"Incremental: {LaterEdit} {i + 1} of {LaterEdits} …");
                runs.Add(new IncrementalRun(LaterEdit, await BuildBenchmark.RunAsync(cli, content, site, timeout, cold: false)));
            }
        }
        finally
        {
            await File.WriteAllBytesAsync(page, original);
        }
        return runs;
    }
}
