using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// Builds with the cache give, after every kind of change, exactly the site a clean build gives: every file compared.
/// One content folder goes through a sequence of changes; after each, a cached build of the same output folder is
/// compared with a clean build into a fresh one.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _content;
    private int _clean;

    public IncrementalBuildTests() => _content = Fixtures.CopyContent(_temp["content"]);

    public void Dispose() => _temp.Dispose();

    // Index parts of about two documents, so that a change touches one part of several.
    // Deletions and renames here are about the cache; the address guard has its own tests (AddressGuardTests).
    private BuildOptions Cached(string? codeVersion = null) =>
        new(_content, _temp["site/_site"], IndexPartSize: 2, CodeVersion: codeVersion, PreviousSite: _temp["geen-vorige-site"]);

    private async Task<BuildReport> AssertSameAsCleanAsync(string step, string? codeVersion = null)
    {
        var cached = await new SiteBuilder().BuildAsync(Cached(codeVersion));
        var cleanFolder = _temp[$"clean-{++_clean}/_site"];
        var clean = await new SiteBuilder().BuildAsync(new BuildOptions(_content, cleanFolder, IndexPartSize: 2, UseCache: false));
        Assert.True(cached.Succeeded && clean.Succeeded, step);
        SiteComparison.AssertIdentical(cleanFolder, _temp["site/_site"], "after " + step);
        return cached;
    }

    private string File(string relative) => Path.Combine(_content, relative);

    [Fact]
    public async Task A_sequence_of_edits_new_pages_deletions_renames_theme_and_glossary_changes_gives_the_clean_site_every_time()
    {
        var first = await AssertSameAsCleanAsync("the first build");
        Assert.StartsWith("0 of ", first.Cache);

        var unchanged = await new SiteBuilder().BuildAsync(Cached());
        Assert.Equal("unchanged", unchanged.Cache);

        System.IO.File.AppendAllText(File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nDrugsgeld wordt geïnvesteerd in panden.\n");
        var edited = await AssertSameAsCleanAsync("an edit of one page");
        Assert.Matches("^[1-9][0-9]* of ", edited.Cache); // the other parts came from the cache
        Assert.InRange(edited.Rendered, 1, edited.PageCount / 4); // only the pages whose model changed

        // From the third build on, the build before the published one is taken up again: only changed files are written.
        System.IO.File.AppendAllText(File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nHet pand werd gesloten.\n");
        var again = await AssertSameAsCleanAsync("a second edit of the page");
        Assert.InRange(again.Rendered, 1, again.PageCount / 4);
        Assert.InRange(again.Written, 1, again.Files / 4);

        Fixtures.Write(_content, "praktijkvoorbeelden/pandenscan-heerlen.md", """
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
        await AssertSameAsCleanAsync("a new page");

        System.IO.File.Move(File("praktijkvoorbeelden/pandenscan-heerlen.md"), File("praktijkvoorbeelden/pandenscan-parkstad.md"));
        var renamed = System.IO.File.ReadAllText(File("praktijkvoorbeelden/pandenscan-parkstad.md"))
            .Replace("title: Pandenscan Heerlen", "title: Pandenscan Parkstad\naliases: [/praktijkvoorbeelden/pandenscan-heerlen/]");
        System.IO.File.WriteAllText(File("praktijkvoorbeelden/pandenscan-parkstad.md"), renamed);
        await AssertSameAsCleanAsync("a rename with an alias");

        System.IO.File.Delete(File("praktijkvoorbeelden/pandenscan-parkstad.md"));
        await AssertSameAsCleanAsync("a deletion");

        var glossary = System.IO.File.ReadAllText(File("begrippen/apv.md")).Replace("synonyms: [algemene plaatselijke verordening]", "synonyms: [algemene plaatselijke verordening, gemeentelijke verordening]");
        System.IO.File.WriteAllText(File("begrippen/apv.md"), glossary);
        await AssertSameAsCleanAsync("a glossary change");

        // The pages are built again; the index parts may come from the cache, as the index does not depend on the theme.
        var theme = await AssertSameAsCleanAsync("a theme change", codeVersion: "another theme");
        Assert.NotEqual("unchanged", theme.Cache);
    }

    [Fact]
    public async Task A_missing_or_corrupt_cache_gives_a_clean_build()
    {
        var first = await AssertSameAsCleanAsync("the first build");
        Assert.StartsWith("0 of ", first.Cache);
        var cache = BuildCache.DefaultFolder(_temp["site/_site"]);

        System.IO.File.WriteAllText(Path.Combine(cache, "manifest.json"), "{ not json");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(cache, "index-parts"), "*.fdt", SearchOption.AllDirectories)) System.IO.File.WriteAllText(file, "garbage");
        System.IO.File.AppendAllText(File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nDrugsgeld wordt geïnvesteerd in panden.\n");
        var corrupt = await AssertSameAsCleanAsync("corrupting the cache");
        Assert.StartsWith("cleared", corrupt.Cache);

        Directory.Delete(cache, recursive: true);
        System.IO.File.AppendAllText(File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nDrugsgeld wordt geïnvesteerd in panden.\n");
        var missing = await AssertSameAsCleanAsync("removing the cache");
        Assert.StartsWith("0 of ", missing.Cache);
    }
}
