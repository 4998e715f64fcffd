using System.Net;
using Kennisplatform.Build;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kennisplatform.Host.Tests;

public class HotSwapTests
{
    private static string WithTitle(string text, string title) =>
        System.Text.RegularExpressions.Regex.Replace(text, "(?m)^title: .*$", $"title: {title}");

    [Fact]
    public async Task A_new_build_is_served_without_restart_and_no_request_fails_or_mixes_builds()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        var page = Path.Combine(content, "handreikingen", "damocles-menukaart.md");
        var original = File.ReadAllText(page);
        var builder = new SiteBuilder();
        File.WriteAllText(page, WithTitle(original, "Menukaart versie0"));
        Assert.True((await builder.BuildAsync(new BuildOptions(content, temp["_site"], DutchWordList.All))).Succeeded);

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:Path", temp["_site"]);
            b.UseSetting("Zoeken:Burst", "1000000");
            b.UseContentRoot(temp.Path);
        });
        var client = factory.CreateClient();
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var seen = new HashSet<string>();

        async Task LoadAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var pageResponse = await client.GetAsync("/handreikingen/damocles-menukaart/");
                var html = await pageResponse.Content.ReadAsStringAsync();
                var versions = Enumerable.Range(0, 4).Where(v => html.Contains($"<h1>Menukaart versie{v}</h1>")).ToList();
                var search = await client.GetAsync("/api/zoeken?q=menukaart");
                lock (failures)
                {
                    if (pageResponse.StatusCode != HttpStatusCode.OK) failures.Add($"page {pageResponse.StatusCode}");
                    if (versions.Count != 1) failures.Add("page shows no single version");
                    else seen.Add($"versie{versions[0]}");
                    if (search.StatusCode != HttpStatusCode.OK) failures.Add($"search {search.StatusCode}");
                }
            }
        }

        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(LoadAsync)).ToList();
        for (var v = 1; v <= 3; v++)
        {
            File.WriteAllText(page, WithTitle(original, $"Menukaart versie{v}"));
            Assert.True((await builder.BuildAsync(new BuildOptions(content, temp["_site"], DutchWordList.All))).Succeeded);
            await Task.Delay(150);
        }
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Empty(failures);
        Assert.Contains("versie3", seen);
        Assert.Contains("<h1>Menukaart versie3</h1>", await client.GetStringAsync("/handreikingen/damocles-menukaart/"));
        var json = await client.GetStringAsync("/api/zoeken?q=versie3");
        Assert.Contains("/handreikingen/damocles-menukaart/", json);
    }
}
