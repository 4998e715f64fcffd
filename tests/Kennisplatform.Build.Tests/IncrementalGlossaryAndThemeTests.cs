namespace Kennisplatform.Build.Tests;

/// <summary>
/// Cached builds after a glossary change, a theme page's new title and then a theme change give exactly the clean site
/// (see <see cref="IncrementalBuildTests"/> for how they are compared).
/// </summary>
[Collection(CachedBuildCollection.Name)]
public sealed class IncrementalGlossaryAndThemeTests(CleanFixtureBuild fixture) : IDisposable
{
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_glossary_change_a_theme_title_and_then_a_theme_change_give_the_clean_site()
    {
        var first = await _site.AssertSameAsAsync(fixture.Site, "the first build");
        Assert.StartsWith("0 of ", first.Cache);

        _site.Replace("begrippen/apv.md", "synonyms: [algemene plaatselijke verordening]", "synonyms: [algemene plaatselijke verordening, gemeentelijke verordening]");
        await _site.AssertSameAsCleanAsync("a glossary change");

        // A theme page's new title is in the index entry of every page of that theme (its theme labels), whose files did not change.
        _site.Replace("themas/vastgoed.md", "title: Vastgoed en ondermijning", "title: Vastgoed, panden en ondermijning");
        var clean = await _site.BuildCleanAsync();
        await _site.AssertSameAsAsync(clean, "a theme page's title changed");

        // The pages are built again; the index parts may come from the cache, as the index does not depend on the theme.
        // The content is as after the title change, and a clean build does not depend on the theme's identity.
        var theme = await _site.AssertSameAsAsync(clean, "a theme change", codeVersion: "another theme");
        Assert.NotEqual("unchanged", theme.Cache);
    }
}
