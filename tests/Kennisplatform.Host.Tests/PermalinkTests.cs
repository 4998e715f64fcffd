using System.Net;
using System.Text.RegularExpressions;
using Kennisplatform.Build;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kennisplatform.Host.Tests;

/// <summary>Links from regions and partners keep working when editors rename and move pages.</summary>
public class PermalinkTests
{
    private static string H1(string html) => WebUtility.HtmlDecode(Regex.Match(html, "<h1[^>]*>(.*?)</h1>").Groups[1].Value);

    private static Dictionary<string, string> PageTitles(string site)
    {
        var root = Path.Combine(site, "public");
        return Directory.EnumerateFiles(root, "index.html", SearchOption.AllDirectories)
            .ToDictionary(f => "/" + Path.GetRelativePath(root, Path.GetDirectoryName(f)!).Replace('\\', '/').Replace(".", "").TrimEnd('/') + "/",
                f => H1(File.ReadAllText(f)))
            .ToDictionary(kv => kv.Key.Replace("//", "/"), kv => kv.Value);
    }

    private static void Move(string content, string from, string to, string alias)
    {
        var text = File.ReadAllText(Path.Combine(content, from));
        File.Delete(Path.Combine(content, from));
        Fixtures.Write(content, to, text.Replace("\n---\n", $"\naliases: [{alias}]\n---\n").Insert(0, ""));
    }

    [Fact]
    public async Task Every_url_of_an_old_build_leads_to_the_same_page_in_a_new_build_with_renamed_and_moved_pages()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        Assert.True((await new SiteBuilder().BuildAsync(new BuildOptions(content, temp["_site"], DutchWordList.All))).Succeeded);
        var old = PageTitles(temp["_site"]);
        Assert.True(old.Count >= 20);

        // Rename a guide, move a webinar into a circle, rename a practice; each keeps its old path as an alias.
        Move(content, "handreikingen/damocles-menukaart.md", "handreikingen/menukaart-damocles.md", "/handreikingen/damocles-menukaart/");
        Move(content, "webinars/damocles-in-de-praktijk.md", "kenniskringen/vastgoed/2020-07-09-damocles-in-de-praktijk.md", "/webinars/damocles-in-de-praktijk/");
        Move(content, "praktijkvoorbeelden/vastgoed-in-beeld.md", "praktijkvoorbeelden/vastgoed-in-beeld-maastricht.md", "/praktijkvoorbeelden/vastgoed-in-beeld/");
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("/handreikingen/damocles-menukaart/#", "/handreikingen/menukaart-damocles/#"));
        }
        var report = await new SiteBuilder().BuildAsync(new BuildOptions(content, temp["_site"], DutchWordList.All));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:Path", temp["_site"]);
            b.UseContentRoot(temp.Path);
        });
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var publicFolder = Path.Combine(temp["_site"], "public");
        foreach (var (url, title) in old)
        {
            // Host: the old URL answers the page itself, or 301 to where it moved.
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.MovedPermanently)
            {
                var target = response.Headers.Location!.ToString();
                Assert.NotEqual(url, target);
                response = await client.GetAsync(target);
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(title, H1(await response.Content.ReadAsStringAsync()));

            // Static output: the old path holds the page, or a page that forwards to it.
            var html = File.ReadAllText(Path.Combine(publicFolder, url.Trim('/'), "index.html"));
            if (html.Contains("http-equiv=\"refresh\""))
            {
                var forward = new Uri(Regex.Match(html, "rel=\"canonical\" href=\"([^\"]+)\"").Groups[1].Value).AbsolutePath;
                html = File.ReadAllText(Path.Combine(publicFolder, forward.Trim('/'), "index.html"));
            }
            Assert.Equal(title, H1(html));
        }
    }
}
