namespace Kennisplatform.Build.Tests;

/// <summary>
/// Cached builds after a glossary change and then a theme change give exactly the clean site
/// (see <see cref="IncrementalBuildTests"/> for how they are compared).
/// </summary>
[Collection(CachedBuildCollection.Name)]
public sealed class IncrementalGlossaryAndThemeTests(CleanFixtureBuild fixture) : IDisposable
{
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_glossary_change_and_then_a_theme_change_give_the_clean_site()
    {
        var first = await _site.AssertSameAsAsync(fixture.Site, "the first build");
        Assert.StartsWith("0 of ", first.Cache);

        var glossary = File.ReadAllText(_site.File("begrippen/apv.md")).Replace("synonyms: [algemene plaatselijke verordening]", "synonyms: [algemene plaatselijke verordening, gemeentelijke verordening]");
        Assert.NotEqual(File.ReadAllText(_site.File("begrippen/apv.md")), glossary);
        File.WriteAllText(_site.File("begrippen/apv.md"), glossary);
        var clean = await _site.BuildCleanAsync();
        await _site.AssertSameAsAsync(clean, "a glossary change");

        // The pages are built again; the index parts may come from the cache, as the index does not depend on the theme.
        // The content is as after the glossary change, and a clean build does not depend on the theme's identity.
        var theme = await _site.AssertSameAsAsync(clean, "a theme change", codeVersion: "another theme");
        Assert.NotEqual("unchanged", theme.Cache);
    }
}
