namespace Kennisplatform.Build.Tests;

/// <summary>
/// Cached builds after changes that reach pages other than the edited one give exactly the clean site: pages whose
/// inputs did not change are placed from the cache without their models being made (<see cref="SiteKey"/>), so each of
/// these changes must reach every page that shows it (see <see cref="IncrementalBuildTests"/> for how they are compared).
/// </summary>
[Collection(CachedBuildCollection.Name)]
public sealed class IncrementalPageInputsTests(CleanFixtureBuild fixture) : IDisposable
{
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_title_that_other_pages_show_a_change_note_and_a_taxonomy_change_each_give_the_clean_site()
    {
        await _site.AssertSameAsAsync(fixture.Site, "the first build");

        // A publication's title is shown on the pages based on it, in listings, feeds and JSON lists.
        _site.Replace("publicaties/najaarsbrief-2022.md", "title: ", "title: Herziene ");
        var title = await _site.AssertSameAsCleanAsync("a title edit of a page that other pages show");
        Assert.Equal(1, title.Parsed);

        // A change note reaches the page, "Nieuw en gewijzigd", the feeds and the theme and region pages.
        _site.Replace("praktijkvoorbeelden/vastgoed-in-beeld.md", "wijzigingen:\n", "wijzigingen:\n  - datum: 2024-03-01\n    wijziging: Resultaten van het tweede jaar toegevoegd.\n");
        await _site.AssertSameAsCleanAsync("a change note");

        // The taxonomy table reaches every page that shows a theme, and every content entry.
        _site.Replace("taxonomieen.yml", "intro: De onderwerpen van de aanpak", "intro: Alle onderwerpen van de aanpak");
        await _site.AssertSameAsCleanAsync("a taxonomy change");

        // A body edit changes one page's file; the rest is placed from the cache.
        File.AppendAllText(_site.File("themas/damocles.md"), "\nDe burgemeester sloot het pand.\n");
        var body = await _site.AssertSameAsCleanAsync("an edit of a theme page's body");
        Assert.InRange(body.Rendered, 1, body.PageCount / 4);
    }
}
