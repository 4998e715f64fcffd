using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// Cached builds after a page is added, renamed with an alias and deleted again give exactly the clean site
/// (see <see cref="IncrementalBuildTests"/> for how they are compared).
/// </summary>
[Collection(CachedBuildCollection.Name)]
public sealed class IncrementalPageSetTests(CleanFixtureBuild fixture) : IDisposable
{
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_new_page_its_rename_with_an_alias_and_its_deletion_each_give_the_clean_site()
    {
        var first = await _site.AssertSameAsAsync(fixture.Site, "the first build");
        Assert.StartsWith("0 of ", first.Cache);

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
        _site.Replace("praktijkvoorbeelden/pandenscan-parkstad.md", "title: Pandenscan Heerlen",
            "title: Pandenscan Parkstad\naliases: [/praktijkvoorbeelden/pandenscan-heerlen/]");
        await _site.AssertSameAsCleanAsync("a rename with an alias");

        // The content is the fixture's again, so the clean build to compare with is the shared one.
        File.Delete(_site.File("praktijkvoorbeelden/pandenscan-parkstad.md"));
        await _site.AssertSameAsAsync(fixture.Site, "a deletion");
    }
}
