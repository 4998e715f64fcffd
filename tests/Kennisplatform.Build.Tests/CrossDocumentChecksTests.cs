using Kennisplatform.Content;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// A cached build reports exactly what a check without the cache reports: the checks across documents are kept while
/// no document's path or front matter changes (<see cref="ContentCache.Checks"/>), and the template's lines left in a
/// body are kept with each file under the key of its type's template lines (<see cref="ContentCache.InBody"/>).
/// </summary>
[Collection(CachedBuildCollection.Name)]
public sealed class CrossDocumentChecksTests : IDisposable
{
    private const string Page = "praktijkvoorbeelden/vastgoed-in-beeld.md";
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    // Builds with the cache and asserts it reports what the compiler reports without it, in the same order.
    private async Task<BuildReport> AssertReportsAsACleanCheckAsync(string step)
    {
        var cached = await new SiteBuilder().BuildAsync(_site.Cached());
        var clean = new ContentCompiler().Compile(_site.Content).Diagnostics;
        Assert.True(clean.Count == cached.Diagnostics.Count, $"after {step}: {clean.Count} diagnostics without the cache, {cached.Diagnostics.Count} with it");
        Assert.Equal(clean.Select(d => d.ToString()), cached.Diagnostics.Select(d => d.ToString()));
        return cached;
    }

    [Fact]
    public async Task Front_matter_references_other_files_and_template_text_are_reported_as_without_the_cache_after_each_edit()
    {
        Assert.True((await AssertReportsAsACleanCheckAsync("the first build")).Succeeded);

        _site.Replace(Page, "Drugsgeld wordt geïnvesteerd in panden.", "Drugsgeld wordt geïnvesteerd in panden en bedrijven.");
        Assert.True((await AssertReportsAsACleanCheckAsync("a body edit")).Succeeded);

        // The page's own front matter names a publication that does not exist.
        _site.Replace(Page, "sources: [najaarsbrief-2022]", "sources: [najaarsbrief-2099]");
        var unknown = await AssertReportsAsACleanCheckAsync("a source that does not exist");
        Assert.False(unknown.Succeeded);
        Assert.Contains(unknown.Diagnostics, d => d.Path == Page && d.Message.Contains("najaarsbrief-2099"));

        _site.Replace(Page, "sources: [najaarsbrief-2099]", "sources: [najaarsbrief-2022]");
        Assert.True((await AssertReportsAsACleanCheckAsync("the source mended")).Succeeded);

        // Another file goes: the page's reference to it breaks though the page's own file is as it was.
        var publication = File.ReadAllText(_site.File("publicaties/najaarsbrief-2022.md"));
        File.Delete(_site.File("publicaties/najaarsbrief-2022.md"));
        var gone = await AssertReportsAsACleanCheckAsync("the publication removed");
        Assert.Contains(gone.Diagnostics, d => d.Path == Page && d.Message.Contains("najaarsbrief-2022"));
        File.WriteAllText(_site.File("publicaties/najaarsbrief-2022.md"), publication);
        Assert.True((await AssertReportsAsACleanCheckAsync("the publication back")).Succeeded);

        // A template whose line the page's body holds: reported in the body, the rest kept.
        Directory.CreateDirectory(_site.File("sjablonen"));
        File.WriteAllText(_site.File("sjablonen/praktijkvoorbeeld.md"), "---\ntitle: Vul de titel in\n---\n\n## Aanleiding\n\nBeschrijf hier de aanleiding.\n");
        _site.Replace(Page, "Drugsgeld wordt geïnvesteerd in panden en bedrijven.", "Beschrijf hier de aanleiding.");
        var template = await AssertReportsAsACleanCheckAsync("template text left in a body");
        Assert.Contains(template.Diagnostics, d => d.Path == Page && d.Severity == Severity.Error && d.Message.Contains("Beschrijf hier de aanleiding."));
    }

    [Fact]
    public async Task A_changed_template_finds_its_lines_in_bodies_that_did_not_change()
    {
        // The bodies of unchanged files are not read while their template stays as it is (ContentCache.InBody).
        Directory.CreateDirectory(_site.File("sjablonen"));
        File.WriteAllText(_site.File("sjablonen/praktijkvoorbeeld.md"), "---\ntitle: Vul de titel in\n---\n\n## Aanleiding\n\nBeschrijf hier de aanleiding.\n");
        Assert.True((await AssertReportsAsACleanCheckAsync("the first build")).Succeeded);

        // The template now holds a line the page's body has had all along.
        File.WriteAllText(_site.File("sjablonen/praktijkvoorbeeld.md"), "---\ntitle: Vul de titel in\n---\n\n## Aanleiding\n\nDrugsgeld wordt geïnvesteerd in panden.\n");
        var found = await AssertReportsAsACleanCheckAsync("a template line that an unchanged body holds");
        Assert.Contains(found.Diagnostics, d => d.Path == Page && d.Line == 20 && d.Message.Contains("Drugsgeld wordt geïnvesteerd in panden."));

        File.WriteAllText(_site.File("sjablonen/praktijkvoorbeeld.md"), "---\ntitle: Vul de titel in\n---\n\n## Aanleiding\n\nBeschrijf hier de aanleiding.\n");
        Assert.True((await AssertReportsAsACleanCheckAsync("the template as it was")).Succeeded);
    }
}
