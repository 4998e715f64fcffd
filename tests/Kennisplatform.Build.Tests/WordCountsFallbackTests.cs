namespace Kennisplatform.Build.Tests;

/// <summary>
/// The cached word counts of the compound dictionary (<c>word-counts</c>): counts of an earlier set of files are brought
/// up to the current one, never taken for it, and counts cut short are made again. A class of its own beside
/// <see cref="BuildCacheFallbackTests"/>, so that neither takes much longer than the others of the collection.
/// </summary>
[Collection(CachedBuildCollection.Name)]
public sealed class WordCountsFallbackTests(CleanFixtureBuild fixture) : IDisposable
{
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Word_counts_of_an_earlier_build_or_cut_short_give_the_same_site_as_a_clean_build()
    {
        await _site.AssertSameAsAsync(fixture.Site, "the first build");
        var wordCounts = Path.Combine(BuildCache.DefaultFolder(_site.Output), "word-counts");
        var firstCounts = File.ReadAllBytes(wordCounts);
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nHet pand werd gesloten.\n");
        await _site.AssertSameAsCleanAsync("an edit");

        File.WriteAllBytes(wordCounts, firstCounts);
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nIn de tuin stond een appelboom.\n");
        await _site.AssertSameAsCleanAsync("the word counts of an earlier build");

        File.WriteAllBytes(wordCounts, File.ReadAllBytes(wordCounts)[..^3]);
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nDe eigenaar ging in beroep.\n");
        await _site.AssertSameAsCleanAsync("cutting the word counts short");
    }
}
