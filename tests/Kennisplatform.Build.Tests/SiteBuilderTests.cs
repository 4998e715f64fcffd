using Kennisplatform.Build;
using Kennisplatform.Content;
using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

public class SiteBuilderTests(BuiltFixtureSite built) : IClassFixture<BuiltFixtureSite>
{
    private static async Task<BuildReport> BuildAsync(string content, string output) =>
        await new SiteBuilder().BuildAsync(new BuildOptions(content, output, DutchWordList.All));

    [Fact]
    public void A_build_writes_public_pages_and_a_separate_index()
    {
        Assert.True(File.Exists(built["public/index.html"]));
        Assert.True(File.Exists(built["public/404.html"]));
        Assert.True(File.Exists(built["public/handreikingen/damocles-menukaart/index.html"]));
        Assert.Single(Directory.GetFiles(built["public/assets"], "site.*.css"));
        Assert.True(Directory.Exists(built["index"]));
        Assert.False(Directory.Exists(built["public/index"]));
        Assert.Equal(15, built.Report.IndexedCount);
        Assert.Empty(Leftovers(Path.GetDirectoryName(built.Site)!));
    }

    [Fact]
    public void The_index_finds_the_pages_of_the_build()
    {
        using var search = new SearchService(built["index"]);
        var result = search.Search(new SearchRequest("damocles"));

        Assert.Equal("/themas/damocles/", result.Hits[0].Url);
    }

    [Fact]
    public void Sorting_by_date_orders_publications_by_their_own_dates_and_puts_reference_pages_last()
    {
        using var search = new SearchService(built["index"]);
        var hits = search.Search(new SearchRequest(null, PageSize: 50, Sort: SearchSort.Date, Types: [], Terms: new Dictionary<string, IReadOnlyList<string>> { ["themes"] = ["damocles", "vastgoed"] })).Hits;

        string[] reference = ["thema", "regio", "begrip", "pagina"];
        var dated = hits.TakeWhile(h => !reference.Contains(h.Type)).ToList();
        Assert.NotEmpty(dated);
        Assert.All(hits.Skip(dated.Count), h => Assert.Contains(h.Type, reference));
        Assert.Contains(hits, h => h.Type == "thema");
        Assert.Equal(dated.Select(h => h.Date).OrderDescending(StringComparer.Ordinal), dated.Select(h => h.Date));
    }

    [Fact]
    public void A_glossary_entry_found_by_its_other_name_shows_text_not_its_list_of_synonyms()
    {
        using var search = new SearchService(built["index"]);
        var hit = search.Search(new SearchRequest("plaatselijke verordening")).Hits.Single(h => h.Url == "/begrippen/apv/");

        Assert.Contains("van een gemeente", hit.SnippetHtml);
        Assert.DoesNotContain("Verordening algemene", hit.SnippetHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Related_pages_share_a_theme_with_the_page()
    {
        var html = File.ReadAllText(built["public/praktijkvoorbeelden/vastgoed-in-beeld/index.html"]);
        var related = html[html.IndexOf("id=\"kp-zie-ook\"", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/themas/vastgoed/\"", related);
        Assert.DoesNotContain("href=\"/handreikingen/damocles-menukaart/\"", related);
    }

    [Fact]
    public void Glossary_entries_become_search_synonyms()
    {
        var synonyms = SynonymTable.Load(built["index"]);
        Assert.Contains("algemene plaatselijke verordening", synonyms.Lookup("APV")!);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_untouched()
    {
        // The broken content is built onto the class's published site.
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        var before = Snapshot(built.Site);
        var builds = Directory.GetDirectories(built.Site + ".builds");

        Fixtures.Write(content, "handreikingen/kapot.md", "---\ntitle: Kapot\nthemes: [vastgod]\n---\n");
        var report = await BuildAsync(content, built.Site);

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Path == "handreikingen/kapot.md" && d.Line == 3 && d.Message.Contains("vastgod"));
        Assert.Equal(before, Snapshot(built.Site));
        Assert.Empty(Leftovers(Path.GetDirectoryName(built.Site)!));
        Assert.Equal(builds, Directory.GetDirectories(built.Site + ".builds"));
    }

    [Fact]
    public async Task A_broken_link_fails_the_build_with_file_and_line()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        Fixtures.Write(content, "over.md", "---\ntitle: Over\nsummary: S\ndate: 2024\n---\n\nZie [de gids](/handreikingen/bestaat-niet/).\n");

        var report = await BuildAsync(content, temp["_site"]);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(("over.md", 7), (error.Path, error.Line));
        Assert.False(Directory.Exists(temp["_site"]));
        Assert.False(Directory.Exists(SitePublisher.BuildsFolder(temp["_site"])));
    }

    [Fact]
    public async Task The_site_is_a_link_swapped_to_each_new_build_keeping_one_previous_build()
    {
        // Two more builds of the same content onto the class's site: three in all, of which two are kept. Without the
        // build cache, which would rightly find nothing to do for unchanged content and publish nothing new.
        for (var i = 0; i < 2; i++)
        {
            Assert.True((await new SiteBuilder().BuildAsync(new BuildOptions(built.Content, built.Site, DutchWordList.All, UseCache: false))).Succeeded);
        }

        var target = new DirectoryInfo(built.Site).ResolveLinkTarget(returnFinalTarget: true)!.FullName;
        var builds = Directory.GetDirectories(built.Site + ".builds");
        Assert.Equal(2, builds.Length);
        Assert.Contains(target, builds);
        Assert.Empty(Leftovers(Path.GetDirectoryName(built.Site)!));
    }

    [Fact]
    public async Task A_successful_rebuild_replaces_the_site()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        await BuildAsync(content, temp["_site"]);
        File.Delete(Path.Combine(content, "begrippen/apv.md"));

        // Compared with no earlier site, as for a removal on purpose (AddressGuardTests covers the comparison).
        Assert.True((await new SiteBuilder().BuildAsync(new BuildOptions(content, temp["_site"], DutchWordList.All, PreviousSite: temp["geen-vorige-site"]))).Succeeded);

        Assert.False(File.Exists(temp["_site/public/begrippen/apv/index.html"]));
        Assert.True(File.Exists(temp["_site/public/themas/damocles/index.html"]));
    }

    [Fact]
    public async Task Closed_content_never_reaches_the_public_site_or_index()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        const string marker = "Zeerbijzondermarkeerwoord";
        Fixtures.Write(content, "praktijkvoorbeelden/vertrouwelijk.md", $"""
            ---
            title: {marker} project
            summary: {marker} samenvatting.
            date: 2024-01-01
            themes: [vastgoed]
            regions: [limburg]
            place: Maastricht
            partners: [RIEC Limburg]
            period: "2024"
            status: lopend
            contact: RIEC Limburg
            sources: [najaarsbrief-2022]
            toegang: besloten
            ---
            {marker} in de tekst.
            """);

        Assert.True((await BuildAsync(content, temp["_site"])).Succeeded);

        foreach (var file in Directory.EnumerateFiles(temp["_site/public"], "*", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(temp["_site/index"], "*", SearchOption.AllDirectories)))
        {
            Assert.DoesNotContain(marker.ToLowerInvariant(), File.ReadAllText(file).ToLowerInvariant());
        }
        Assert.Contains(marker, File.ReadAllText(temp["_site/restricted/pages/besloten/praktijkvoorbeelden/vertrouwelijk/index.html"]));
        using var search = new SearchService(temp["_site/index"]);
        Assert.Equal(0, search.Search(new SearchRequest(marker)).Total);
        using var restricted = new SearchService(temp["_site/restricted/index"]);
        Assert.Equal("/besloten/praktijkvoorbeelden/vertrouwelijk/", restricted.Search(new SearchRequest(marker)).Hits.Single().Url);
    }

    // Builds live in _site.builds/; nothing else (temporary links, stray folders) may remain next to _site.
    private static IEnumerable<string> Leftovers(string folder) =>
        Directory.GetFileSystemEntries(folder).Select(Path.GetFileName)
            .Where(n => n!.StartsWith("_site.", StringComparison.Ordinal) && n is not ("_site.builds" or "_site.cache"))!;

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
