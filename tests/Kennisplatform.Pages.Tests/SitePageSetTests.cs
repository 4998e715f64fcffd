using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Testing;
using Kennisplatform.Theme;

namespace Kennisplatform.Pages.Tests;

public class SitePageSetTests
{
    private static async Task<Dictionary<string, string>> RenderFixtureSiteAsync(params Document[] extra)
    {
        var set = ContentLoader.Load(Fixtures.ContentFolder);
        var renderer = new MarkdownRenderer();
        var documents = set.Documents.Concat(extra).ToList();
        var rendered = documents.Select(d => new RenderedDocument(d, renderer.Render(d.Body))).ToList();
        var pages = SitePageSet.Create(new Site(documents, set.Taxonomies), rendered, _ => []);
        var html = await new ThemeRenderer().RenderBatchAsync(pages.Select(p => p.Request).ToList());
        return pages.Select((p, i) => (p.FilePath, Html: html[i])).ToDictionary(x => x.FilePath, x => x.Html);
    }

    [Fact]
    public async Task Every_document_type_listing_home_and_404_gets_a_page()
    {
        var pages = await RenderFixtureSiteAsync();

        string[] expected =
        [
            "index.html", "404.html", "over/index.html", "themas/index.html", "themas/damocles/index.html",
            "regios/limburg/index.html", "praktijkvoorbeelden/vastgoed-in-beeld/index.html",
            "handreikingen/damocles-menukaart/index.html", "kenniskringen/vastgoed/index.html",
            "kenniskringen/vastgoed/2020-05-06-webinar-kadaster/index.html", "publicaties/najaarsbrief-2022/index.html",
            "webinars/damocles-in-de-praktijk/index.html", "begrippen/apv/index.html", "handreikingen/index.html",
        ];
        foreach (var file in expected) Assert.True(pages.ContainsKey(file), $"missing {file}");
    }

    [Fact]
    public async Task A_document_page_has_title_breadcrumbs_metadata_body_and_sources()
    {
        var html = (await RenderFixtureSiteAsync())["praktijkvoorbeelden/vastgoed-in-beeld/index.html"];

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("<h1>Vastgoed in Beeld Maastricht</h1>", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://www.kennisplatformondermijning.nl/praktijkvoorbeelden/vastgoed-in-beeld/\" />", html);
        Assert.Contains("<a href=\"/praktijkvoorbeelden/\">Praktijkvoorbeelden</a>", html);
        Assert.Contains("<dd>RIEC Limburg</dd>", html);
        Assert.Contains("<a href=\"/regios/limburg/\">RIEC Limburg</a>", html);
        Assert.Contains("<a href=\"/themas/vastgoed/\">Vastgoed en ondermijning</a>", html);
        Assert.Contains("<h2 id=\"aanleiding\">Aanleiding</h2>", html);
        Assert.Contains("<a href=\"/publicaties/najaarsbrief-2022/\">Najaarsbrief georganiseerde, ondermijnende criminaliteit</a>", html);
        Assert.Contains("action=\"/zoeken/\"", html);
    }

    [Fact]
    public async Task Every_page_links_accessibility_privacy_contact_and_linking_in_its_footer()
    {
        var pages = await RenderFixtureSiteAsync();

        foreach (var (file, html) in pages)
        {
            var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
            foreach (var path in new[] { "/toegankelijkheid/", "/privacy/", "/contact/", "/linken-en-hergebruik/" })
            {
                Assert.True(footer.Contains($"href=\"{path}\"", StringComparison.Ordinal), $"{file} has no footer link to {path}");
            }
        }
    }

    [Fact]
    public async Task A_theme_page_lists_its_practices_guides_and_circles()
    {
        var html = (await RenderFixtureSiteAsync())["themas/vastgoed/index.html"];

        Assert.Contains("href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\"", html);
        Assert.Contains("href=\"/kenniskringen/vastgoed/\"", html);
        Assert.DoesNotContain("href=\"/handreikingen/damocles-menukaart/\"", html);
    }

    [Fact]
    public async Task A_region_page_lists_its_practices()
    {
        var html = (await RenderFixtureSiteAsync())["regios/limburg/index.html"];

        Assert.Contains("href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\"", html);
    }

    [Fact]
    public async Task A_circle_page_lists_its_meetings_and_a_meeting_shows_takeaways()
    {
        var pages = await RenderFixtureSiteAsync();

        Assert.Contains("href=\"/kenniskringen/vastgoed/2020-05-06-webinar-kadaster/\"", pages["kenniskringen/vastgoed/index.html"]);
        var meeting = pages["kenniskringen/vastgoed/2020-05-06-webinar-kadaster/index.html"];
        Assert.Contains("Kadastergegevens zijn bruikbaar maar vragen kritische duiding.", meeting);
        Assert.Contains("<a href=\"/kenniskringen/vastgoed/\">Kenniskring Vastgoed</a>", meeting);
    }

    [Fact]
    public async Task Titles_and_text_are_html_encoded()
    {
        const string hostile = "<script>alert(1)</script> & \"co\"";
        var diagnostics = new List<Diagnostic>();
        var entry = DocumentReader.Read("begrippen/xss.md",
            $"---\ntitle: 'Begrip {hostile}'\nsummary: 'Uitleg {hostile}'\ndate: 2024\n---\nTekst {hostile}.\n", diagnostics)!;
        Assert.Empty(diagnostics);

        var pages = await RenderFixtureSiteAsync(entry);

        var page = pages["begrippen/xss/index.html"];
        Assert.Contains("<h1>Begrip &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;</h1>", page);
        Assert.Contains("Uitleg &lt;script&gt;", page);
        Assert.DoesNotContain("<script", string.Concat(pages.Values), StringComparison.OrdinalIgnoreCase);
    }
}
