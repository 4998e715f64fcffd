using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// Builds with the cache give, after every kind of change, exactly the site a clean build gives: every file compared.
/// One content folder goes through a sequence of changes; after each, a cached build of the same output folder is
/// compared with a clean build into a fresh one.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_sequence_of_edits_new_pages_deletions_renames_theme_and_glossary_changes_gives_the_clean_site_every_time()
    {
        var first = await _site.AssertSameAsCleanAsync("the first build");
        Assert.StartsWith("0 of ", first.Cache);

        var unchanged = await new SiteBuilder().BuildAsync(_site.Cached());
        Assert.Equal("unchanged", unchanged.Cache);

        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nDrugsgeld wordt geïnvesteerd in panden.\n");
        var edited = await _site.AssertSameAsCleanAsync("an edit of one page");
        Assert.Matches("^[1-9][0-9]* of ", edited.Cache); // the other parts came from the cache
        Assert.InRange(edited.Rendered, 1, edited.PageCount / 4); // only the pages whose model changed
        Assert.Equal(1, edited.Parsed); // only the edited file is read and rendered again

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
        var parts = System.Text.RegularExpressions.Regex.Match(newWord.Cache, "^([0-9]+) of ([0-9]+) index parts");
        Assert.Equal(int.Parse(parts.Groups[2].Value) - 1, int.Parse(parts.Groups[1].Value));

        Fixtures.Write(_site.Content, "praktijkvoorbeelden/pandenscan-heerlen.md", """
            ---
            title: Pandenscan Heerlen
            summary: Een scan van panden in Heerlen op signalen van ondermijning.
            date: 2022-03
            themes: [vastgoed]
            regions: [limburg]
            place: Heerlen
            partners: [Gemeente Heerlen]
            period: 2022
            status: onbekend
            contact: RIEC Limburg
            sources: [najaarsbrief-2022]
            ---

            ## Aanpak

            De gemeente bekeek panden met het Damocles-beleid in de hand.
            """);
        await _site.AssertSameAsCleanAsync("a new page");

        File.Move(_site.File("praktijkvoorbeelden/pandenscan-heerlen.md"), _site.File("praktijkvoorbeelden/pandenscan-parkstad.md"));
        var renamed = File.ReadAllText(_site.File("praktijkvoorbeelden/pandenscan-parkstad.md"))
            .Replace("title: Pandenscan Heerlen", "title: Pandenscan Parkstad\naliases: [/praktijkvoorbeelden/pandenscan-heerlen/]");
        File.WriteAllText(_site.File("praktijkvoorbeelden/pandenscan-parkstad.md"), renamed);
        await _site.AssertSameAsCleanAsync("a rename with an alias");

        File.Delete(_site.File("praktijkvoorbeelden/pandenscan-parkstad.md"));
        await _site.AssertSameAsCleanAsync("a deletion");

        var glossary = File.ReadAllText(_site.File("begrippen/apv.md")).Replace("synonyms: [algemene plaatselijke verordening]", "synonyms: [algemene plaatselijke verordening, gemeentelijke verordening]");
        File.WriteAllText(_site.File("begrippen/apv.md"), glossary);
        await _site.AssertSameAsCleanAsync("a glossary change");

        // The pages are built again; the index parts may come from the cache, as the index does not depend on the theme.
        var theme = await _site.AssertSameAsCleanAsync("a theme change", codeVersion: "another theme");
        Assert.NotEqual("unchanged", theme.Cache);
    }
}
