namespace Kennisplatform.Build.Tests;

/// <summary>A cache that is missing or corrupt gives a clean build, never a wrong site.</summary>
[Collection(CachedBuildCollection.Name)]
public sealed class BuildCacheFallbackTests(CleanFixtureBuild fixture) : IDisposable
{
    private readonly CachedBuildWorkspace _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_missing_or_corrupt_cache_gives_a_clean_build()
    {
        var first = await _site.AssertSameAsAsync(fixture.Site, "the first build");
        Assert.StartsWith("0 of ", first.Cache);
        var cache = BuildCache.DefaultFolder(_site.Output);

        // The cold build left the next build's folder ready: links to the published build, with their record. Without
        // that record the first edit's folder is a copy of the published build from its record: a record that cannot be
        // read leaves the folder empty, and the build places every file itself.
        var published = SitePublisher.PublishedFolder(_site.Output)!;
        var ready = Directory.GetDirectories(SitePublisher.BuildsFolder(_site.Output)).Single(f => f != published);
        File.Delete(Path.Combine(cache, "builds", Path.GetFileName(ready) + ".json"));
        File.WriteAllText(Path.Combine(cache, "builds", Path.GetFileName(published) + ".json"), "{ not json");
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nHet pand stond leeg.\n");
        var copy = await _site.AssertSameAsCleanAsync("the published build's record garbled");
        Assert.Equal(copy.Files, copy.Written);

        // Content packs cut short are not taken for whole ones: every file is read again.
        foreach (var entry in Directory.EnumerateFiles(Path.Combine(cache, "content"))) File.WriteAllBytes(entry, File.ReadAllBytes(entry)[..^3]);
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nHet pand werd gesloten.\n");
        var cut = await _site.AssertSameAsCleanAsync("cutting the content entries short");
        Assert.EndsWith($"{cut.Parsed} of {cut.Parsed} content files parsed", cut.Cache);

        // A kept build folder whose record cannot be read is emptied, and the build places every file itself.
        var kept = Directory.GetDirectories(SitePublisher.BuildsFolder(_site.Output)).Single(f => f != SitePublisher.PublishedFolder(_site.Output));
        File.WriteAllText(Path.Combine(cache, "builds", Path.GetFileName(kept) + ".json"), "{ not json");
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nHet pand werd verkocht.\n");
        var garbled = await _site.AssertSameAsCleanAsync("the kept build folder's record garbled");
        Assert.Equal(garbled.Files, garbled.Written);

        // Texts cut short inside whole packs: their files count as read, and a build that asks for their texts (a title
        // edit makes every page again) stops and starts again without the cache.
        foreach (var pack in Directory.EnumerateFiles(Path.Combine(cache, "content"), "*.pack")) CutTexts(pack);
        _site.Replace("praktijkvoorbeelden/vastgoed-in-beeld.md", "title: Vastgoed in Beeld Maastricht", "title: Vastgoed in Beeld");
        var texts = await _site.AssertSameAsCleanAsync("cutting the content entries' texts short");
        Assert.StartsWith("cleared", texts.Cache);

        File.WriteAllText(Path.Combine(cache, "manifest.json"), "{ not json");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(cache, "index-parts"), "*.fdt", SearchOption.AllDirectories)) File.WriteAllText(file, "garbage");
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nDrugsgeld wordt geïnvesteerd in panden.\n");
        var corrupt = await _site.AssertSameAsCleanAsync("corrupting the cache");
        Assert.StartsWith("cleared", corrupt.Cache);

        // "Zie ook" is composed beside the index's merge: terms that cannot be read fail the build before its lists are
        // ready, and the build starts again without the cache instead of waiting for them.
        File.WriteAllText(Path.Combine(cache, "index-parts", "related-table"), "garbage");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(cache, "index-parts"), "related-terms", SearchOption.AllDirectories)) File.WriteAllText(file, "garbage");
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nHet pand bleef gesloten.\n");
        var terms = await _site.AssertSameAsCleanAsync("garbling the terms of \"Zie ook\"");
        Assert.StartsWith("cleared", terms.Cache);

        Directory.Delete(cache, recursive: true);
        File.AppendAllText(_site.File("praktijkvoorbeelden/vastgoed-in-beeld.md"), "\nDrugsgeld wordt geïnvesteerd in panden.\n");
        var missing = await _site.AssertSameAsCleanAsync("removing the cache");
        Assert.StartsWith("0 of ", missing.Cache);
    }

    private static void CutTexts(string file)
    {
        List<(string Name, byte[] Bytes)> entries;
        using (var pack = ContentPack.Open(file)) entries = [.. pack.Names.Select(n => (n, pack.Read(n)!))];
        using var writer = new ContentPack.Writer(file + ".tmp");
        foreach (var (name, bytes) in entries) writer.Add(name, name.EndsWith(".texts", StringComparison.Ordinal) ? bytes[..^3] : bytes);
        writer.Finish(file);
    }
}
