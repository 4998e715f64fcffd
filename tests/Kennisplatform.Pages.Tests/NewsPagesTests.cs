using System.Text;
using System.Xml.Linq;
using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Testing;
using Kennisplatform.Theme;

namespace Kennisplatform.Pages.Tests;

/// <summary>News on the public site: /actueel/ with pages, the home block, theme and region pages, feeds and the catalogue.</summary>
public class NewsPagesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static async Task<(Dictionary<string, string> Pages, Dictionary<string, string> Files)> BuildAsync(string content)
    {
        var set = ContentLoader.Load(content);
        Assert.DoesNotContain(set.Diagnostics, d => d.Severity == Severity.Error);
        var site = new Site(set.Documents, set.Taxonomies);
        var renderer = new MarkdownRenderer();
        var rendered = set.Documents.Select(d => new RenderedDocument(d, renderer.Render(d.Body))).ToList();
        var pages = SitePageSet.Create(site, rendered, _ => []);
        var html = await new ThemeRenderer().RenderBatchAsync(pages.Select(p => p.Request).ToList());
        var files = SiteArtifacts.Public(site, SiteSettings.Default).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));
        return (pages.Select((p, i) => (p.FilePath, Html: html[i])).ToDictionary(x => x.FilePath, x => x.Html), files);
    }

    // Twelve extra items, one a month in 2023, so that /actueel/ needs a second page.
    private static string ContentWithManyNews(TempFolder temp)
    {
        Fixtures.CopyContent(temp.Path);
        for (var month = 1; month <= 12; month++)
        {
            Fixtures.Write(temp.Path, $"nieuws/bericht-{month:00}.md",
                $"---\ntitle: Bericht {month:00}\nsummary: Nieuws van maand {month}.\ndate: 2023-{month:00}-10\nthemes: [damocles]\n---\nTekst.\n");
        }
        return temp.Path;
    }

    private static List<string> NewsLinks(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "href=\"(/actueel/[a-z0-9-]+/)\"").Select(m => m.Groups[1].Value)
            .Where(p => !p.StartsWith("/actueel/pagina/")).Distinct().ToList();

    [Fact]
    public async Task Actueel_lists_news_newest_first_ten_per_page_with_links_between_pages()
    {
        using var temp = new TempFolder();
        var (pages, _) = await BuildAsync(ContentWithManyNews(temp));

        var first = pages["actueel/index.html"];
        var second = pages["actueel/pagina/2/index.html"];
        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(m => $"/actueel/bericht-{m:00}/"), NewsLinks(first));
        Assert.Equal(["/actueel/bericht-02/", "/actueel/bericht-01/", "/actueel/najaarsbrief-verschenen/", "/actueel/kenniskring-vastgoed-gestart/"],
            NewsLinks(second));
        Assert.Contains("<a href=\"/actueel/pagina/2/\" rel=\"next\">Volgende</a>", first);
        Assert.Contains("<a href=\"/actueel/\" rel=\"prev\">Vorige</a>", second);
        Assert.Contains("<span aria-current=\"page\">2</span>", second);
        Assert.False(pages.ContainsKey("actueel/pagina/3/index.html"));
    }

    [Fact]
    public async Task Actueel_filters_by_theme_and_region_through_search_sorted_by_date()
    {
        var (pages, _) = await BuildAsync(Fixtures.ContentFolder);

        var html = pages["actueel/index.html"];
        Assert.Contains("href=\"/zoeken/?type=nieuws&amp;thema=vastgoed&amp;sorteer=datum\">Vastgoed en ondermijning (2)</a>", html);
        Assert.Contains("href=\"/zoeken/?type=nieuws&amp;regio=limburg&amp;sorteer=datum\">RIEC Limburg (1)</a>", html);
        Assert.Contains("href=\"/feeds/actueel.xml\"", html);
    }

    [Fact]
    public async Task The_home_page_shows_the_latest_three_news_items_in_its_html()
    {
        using var temp = new TempFolder();
        var (pages, _) = await BuildAsync(ContentWithManyNews(temp));

        var home = pages["index.html"];
        var block = home[home.IndexOf("id=\"kp-nieuw-nieuws\"", StringComparison.Ordinal)..];
        block = block[..block.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Equal(["/actueel/bericht-12/", "/actueel/bericht-11/", "/actueel/bericht-10/", "/actueel/"],
            System.Text.RegularExpressions.Regex.Matches(block, "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task Theme_and_region_pages_list_their_news()
    {
        var (pages, _) = await BuildAsync(Fixtures.ContentFolder);

        Assert.Contains("href=\"/actueel/kenniskring-vastgoed-gestart/\"", pages["themas/vastgoed/index.html"]);
        Assert.Contains("href=\"/actueel/najaarsbrief-verschenen/\"", pages["regios/limburg/index.html"]);
        Assert.DoesNotContain("href=\"/actueel/kenniskring-vastgoed-gestart/\"", pages["regios/limburg/index.html"]);
    }

    [Fact]
    public async Task A_news_item_shows_its_date_and_links_its_bron()
    {
        var (pages, _) = await BuildAsync(Fixtures.ContentFolder);

        var internalSource = pages["actueel/najaarsbrief-verschenen/index.html"];
        Assert.Contains("<time datetime=\"2022-11-04\">4 november 2022</time>", internalSource);
        Assert.Contains("<a href=\"/publicaties/najaarsbrief-2022/\">Najaarsbrief georganiseerde, ondermijnende criminaliteit</a>", internalSource);
        Assert.Contains("<a href=\"/actueel/\">Actueel</a>", internalSource);
        Assert.Contains("<a href=\"https://www.riec.nl/\">Het origineel op www.riec.nl</a>", pages["actueel/kenniskring-vastgoed-gestart/index.html"]);
    }

    [Fact]
    public async Task News_is_in_its_own_feed_the_site_feed_the_catalogue_and_the_sitemap()
    {
        var (_, files) = await BuildAsync(Fixtures.ContentFolder);

        var feed = XDocument.Parse(files["feeds/actueel.xml"]);
        Assert.Equal(["Najaarsbrief 2022 verschenen", "Kenniskring vastgoed gestart"],
            feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Contains(XDocument.Parse(files["feeds/alles.xml"]).Root!.Elements(Atom + "entry"),
            e => e.Element(Atom + "id")!.Value.EndsWith("/actueel/najaarsbrief-verschenen/"));
        Assert.Contains("\"type\": \"nieuws\"", files["data/catalogus.json"]);
        Assert.Contains("/actueel/kenniskring-vastgoed-gestart/</loc>", files["sitemap.xml"]);
        Assert.Contains("/actueel/</loc>", files["sitemap.xml"]);
    }
}
