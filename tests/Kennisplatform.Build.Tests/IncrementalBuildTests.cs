namespace Kennisplatform.Build.Tests;

/// <summary>
/// Builds with the cache give, after every kind of change, exactly the site a clean build gives: every file compared.
/// Each class of this collection takes its own copy of the fixture content through one scenario of changes; after
/// each, a cached build of the same output folder is compared with a clean build of the content as it then is. This
/// class edits one page again and again.
/// </summary>
[Collection(CachedBuildCollection.Name)]
public sealed class IncrementalBuildTests(CleanFixtureBuild fixture) : IDisposable
{
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Edits_of_one_page_give_the_clean_site_every_time_and_build_only_what_the_edit_changed()
    {
        var first = await _site.AssertSameAsAsync(fixture.Site, "the first build");
        Assert.StartsWith("0 of ", first.Cache);

        var unchanged = await new SiteBuilder().BuildAsync(_site.Cached());
        Assert.Equal("unchanged", unchanged.Cache);

        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nDrugsgeld wordt geïnvesteerd in panden.\n");
        var edited = await _site.AssertSameAsCleanAsync("an edit of one page");
        Assert.Matches("^[1-9][0-9]* of ", edited.Cache); // the other parts came from the cache
        Assert.InRange(edited.Rendered, 1, edited.PageCount / 4); // only the pages whose model changed
        Assert.Equal(1, edited.Parsed); // only the edited file is read and rendered again
        // Its folder is a copy of the published build in hard links, made beside the check: only changed files are written.
        Assert.InRange(edited.Written, 1, edited.Files / 4);

        // From the third build on, the build before the published one is taken up again: only changed files are written.
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nHet pand werd gesloten.\n");
        var again = await _site.AssertSameAsCleanAsync("a second edit of the page");
        Assert.InRange(again.Rendered, 1, again.PageCount / 4);
        Assert.InRange(again.Written, 1, again.Files / 4);

        // A word new to the site that the word list knows changes the compound dictionary; a part is analysed again
        // only when its own text can use the entries that changed (here only the edited page's part).
        var dictionary = Path.Combine(_site.Output, "index", Kennisplatform.Search.CompoundDictionary.FileName);
        var before = File.ReadAllText(dictionary);
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nIn de tuin stond een appelboom.\n");
        var newWord = await _site.AssertSameAsCleanAsync("an edit that adds a word to the compound dictionary");
        Assert.NotEqual(before, File.ReadAllText(dictionary));
        AssertOnePartAnalysed(newWord);

        // Taken out again, the word leaves the dictionary: again only the edited page's part is analysed.
        var page = _site.File("praktijkvoorbeelden/vastgoed-in-beeld.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("\nIn de tuin stond een appelboom.\n", ""));
        var wordGone = await _site.AssertSameAsCleanAsync("an edit that takes a word out of the compound dictionary");
        Assert.Equal(before, File.ReadAllText(dictionary));
        AssertOnePartAnalysed(wordGone);

        // A compound splits when its last part is a word the site uses: the words before it may be any word of the list.
        File.AppendAllText(page, "\nDe beroepsgroepen kwamen bijeen. Alle groepen waren er.\n");
        await _site.AssertSameAsCleanAsync("an edit with a compound whose first part the site never uses on its own");
        Assert.Contains("/praktijkvoorbeelden/vastgoed-in-beeld/", Found("beroep"));
        // Another page now uses that first part on its own: the dictionary changes, but no compound ends in it, so only
        // that page's part is analysed again.
        File.AppendAllText(_site.File("themas/damocles.md"), "\nHet beroep tegen de sluiting werd afgewezen.\n");
        var modifierOnItsOwn = await _site.AssertSameAsCleanAsync("an edit that uses the first part of another page's compound on its own");
        Assert.Contains("beroep", File.ReadAllLines(dictionary));
        AssertOnePartAnalysed(modifierOnItsOwn);

        // A word that only ends a compound elsewhere, now used on its own: the dictionary changes and so does the key of
        // the part with that compound, but its words split as before (overweging has no first part of five letters),
        // so that part's files are taken over instead of its pages being analysed again.
        File.AppendAllText(page, "\nDe overweging kostte tijd.\n");
        await _site.AssertSameAsCleanAsync("an edit with a compound that does not split");
        var damocles = _site.File("themas/damocles.md");
        File.AppendAllText(damocles, "\nEr volgde een gesprek.\n");
        await _site.AssertSameAsCleanAsync("an edit of another page");
        // The build folder taken up again has the part's files as they are, under the part's last key.
        File.AppendAllText(damocles, "\nDe weging van de belangen volgt later.\n");
        var endOnItsOwn = await _site.AssertSameAsCleanAsync("an edit that uses the end of another page's compound on its own");
        Assert.Contains("weging", File.ReadAllLines(dictionary));
        AssertOnePartAnalysed(endOnItsOwn);
        Assert.Contains("(1 of them taken over", endOnItsOwn.Cache);
        // Taken out again, the part taken over is back under its old key: the same files under other keys, placed again.
        File.WriteAllText(damocles, File.ReadAllText(damocles).Replace("\nDe weging van de belangen volgt later.\n", ""));
        AssertOnePartAnalysed(await _site.AssertSameAsCleanAsync("an edit that takes that word out again"));
    }

    private IReadOnlyList<string> Found(string query)
    {
        using var search = new Kennisplatform.Search.SearchService(Path.Combine(_site.Output, "index"));
        return search.Search(new Kennisplatform.Search.SearchRequest(query)).Hits.Select(h => h.Url).ToList();
    }

    private static void AssertOnePartAnalysed(BuildReport report)
    {
        var parts = System.Text.RegularExpressions.Regex.Match(report.Cache, "^([0-9]+) of ([0-9]+) index parts");
        Assert.Equal(int.Parse(parts.Groups[2].Value) - 1, int.Parse(parts.Groups[1].Value));
    }
}
