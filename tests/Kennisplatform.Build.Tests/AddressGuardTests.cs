using System.Text.Json;
using Kennisplatform.Build;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// A public address of the published site may not disappear without an alias. The published site is the class's one
/// build of the fixture content; each test changes its own copy of the content and builds that against it.
/// </summary>
public class AddressGuardTests(BuiltFixtureSite published) : IClassFixture<BuiltFixtureSite>
{
    private static Task<BuildReport> BuildAsync(string content, string output, string? previous = null) =>
        new SiteBuilder().BuildAsync(new BuildOptions(content, output, DutchWordList.All, PreviousSite: previous));

    private static void Rename(string content, string from, string to) => File.Move(Path.Combine(content, from), Path.Combine(content, to));

    [Fact]
    public async Task Renaming_a_page_without_aliases_fails_the_build_naming_the_file_and_keeps_the_site()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        Assert.True(File.Exists(published["adressen.json"]));
        var before = File.ReadAllText(published["public/handreikingen/damocles-menukaart/index.html"]);

        // Onto the published site itself: it is the previous build, and it must stay as it is.
        Rename(content, "handreikingen/damocles-menukaart.md", "handreikingen/menukaart-damocles.md");
        var report = await BuildAsync(content, published.Site);

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.ToString() ==
            "handreikingen/menukaart-damocles.md:1:1: error: adres verdwenen: /handreikingen/damocles-menukaart/ — voeg aliases toe aan handreikingen/menukaart-damocles.md (aliases: [/handreikingen/damocles-menukaart/])");
        Assert.Equal(before, File.ReadAllText(published["public/handreikingen/damocles-menukaart/index.html"]));
    }

    [Fact]
    public async Task With_the_old_address_under_aliases_the_renamed_page_builds()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);

        Rename(content, "webinars/damocles-in-de-praktijk.md", "webinars/damocles-praktijk.md");
        var file = Path.Combine(content, "webinars/damocles-praktijk.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title:", "aliases: [/webinars/damocles-in-de-praktijk/]\ntitle:"));
        var report = await BuildAsync(content, temp["_site"], previous: published.Site);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    [Fact]
    public async Task A_deleted_page_is_reported_at_its_old_file()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);

        File.Delete(Path.Combine(content, "begrippen/apv.md"));
        var report = await BuildAsync(content, temp["_site"], previous: published.Site);

        Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith("begrippen/apv.md:1:1: error: adres verdwenen: /begrippen/apv/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_made_closed_leaves_the_public_site_without_an_error()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);

        var file = Path.Combine(content, "webinars/damocles-in-de-praktijk.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title:", "toegang: besloten\ntitle:"));
        var report = await BuildAsync(content, temp["_site"], previous: published.Site);

        Assert.DoesNotContain(report.Diagnostics, d => d.Message.StartsWith("adres verdwenen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_build_compares_with_the_site_given_as_previous_like_the_pull_request_check_with_main()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);

        Rename(content, "handreikingen/damocles-menukaart.md", "handreikingen/menukaart-damocles.md");
        var fresh = await BuildAsync(content, temp["pr-site"]);
        var compared = await BuildAsync(content, temp["pr-site-2"], previous: published.Site);

        Assert.DoesNotContain(fresh.Diagnostics, d => d.Message.StartsWith("adres verdwenen", StringComparison.Ordinal));
        Assert.Contains(compared.Diagnostics, d => d.Message.StartsWith("adres verdwenen: /handreikingen/damocles-menukaart/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kept_guard_result_holds_only_for_the_manifest_it_was_checked_against()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        File.Delete(Path.Combine(content, "begrippen/apv.md"));
        bool Reported(BuildReport report) => report.Diagnostics.Any(d => d.ToString().StartsWith("begrippen/apv.md:1:1: error: adres verdwenen: /begrippen/apv/", StringComparison.Ordinal));

        // The same content against the same manifest twice: the second build takes the kept result, with its error.
        Assert.True(Reported(await BuildAsync(content, temp["_site"], previous: published["adressen.json"])));
        Assert.True(Reported(await BuildAsync(content, temp["_site"], previous: published["adressen.json"])));

        // A manifest without that address (as after a build that had its alias taken out on purpose): checked again, not taken from the cache.
        var addresses = AddressManifest.Parse(File.ReadAllBytes(published["adressen.json"])).Where(a => a.Key != "/begrippen/apv/");
        File.WriteAllText(temp["adressen.json"], JsonSerializer.Serialize(addresses.ToDictionary(a => a.Key, a => a.Value), new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var without = await BuildAsync(content, temp["_site"], previous: temp["adressen.json"]);
        Assert.True(without.Succeeded, string.Join("\n", without.Diagnostics));
    }
}
