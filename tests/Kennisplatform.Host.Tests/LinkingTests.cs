using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Kennisplatform.Host.Tests;

[Collection(SiteHostCollection.Name)]
public class LinkingTests(SiteHostFixture site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private string Public(string path) => Path.Combine(site.Site, "public", path);

    [Fact]
    public async Task Pages_have_an_absolute_canonical_url_description_and_open_graph_tags()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/handreikingen/damocles-menukaart/");

        Assert.Contains("<link rel=\"canonical\" href=\"https://www.kennisplatformondermijning.nl/handreikingen/damocles-menukaart/\" />", html);
        Assert.Contains("<meta name=\"description\" content=\"Hulp bij het kiezen", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Menukaart Damocles\" />", html);
        Assert.Contains("<meta property=\"og:type\" content=\"article\" />", html);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Kennisplatform Ondermijning — nieuw\" href=\"/feeds/alles.xml\" />", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public void Every_feed_is_valid_atom_with_absolute_links()
    {
        var feeds = Directory.GetFiles(Public("feeds"), "*.xml", SearchOption.AllDirectories);
        Assert.Contains(feeds, f => f.EndsWith("alles.xml"));
        foreach (var file in feeds)
        {
            using var reader = XmlReader.Create(file);
            var formatter = new Atom10FeedFormatter();
            Assert.True(formatter.CanRead(reader), file);
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            Assert.StartsWith("https://", feed.Id);
            Assert.NotEmpty(feed.Authors);
            Assert.All(feed.Items, i => Assert.StartsWith("https://", i.Id));
        }
    }

    [Fact]
    public void Every_theme_and_region_has_a_feed_and_a_json_list()
    {
        foreach (var theme in new[] { "damocles", "vastgoed" })
        {
            Assert.True(File.Exists(Public($"feeds/themas/{theme}.xml")));
            Assert.True(File.Exists(Public($"data/themas/{theme}.json")));
        }
        foreach (var region in new[] { "limburg", "landelijk" })
        {
            Assert.True(File.Exists(Public($"feeds/regios/{region}.xml")));
            Assert.True(File.Exists(Public($"data/regios/{region}.json")));
        }
    }

    [Fact]
    public void The_theme_feed_holds_the_pages_of_that_theme()
    {
        using var reader = XmlReader.Create(Public("feeds/themas/damocles.xml"));
        var feed = SyndicationFeed.Load(reader);

        Assert.Contains(feed.Items, i => i.Id.EndsWith("/handreikingen/damocles-menukaart/"));
        Assert.DoesNotContain(feed.Items, i => i.Id.EndsWith("/praktijkvoorbeelden/vastgoed-in-beeld/"));
    }

    [Fact]
    public void The_site_feed_carries_new_content_not_overview_pages()
    {
        using var reader = XmlReader.Create(Public("feeds/alles.xml"));
        var ids = SyndicationFeed.Load(reader).Items.Select(i => new Uri(i.Id).AbsolutePath).ToList();

        Assert.Contains("/handreikingen/damocles-menukaart/", ids);
        Assert.Contains("/praktijkvoorbeelden/vastgoed-in-beeld/", ids);
        Assert.DoesNotContain(ids, id => id.StartsWith("/themas/") || id.StartsWith("/regios/") || id.StartsWith("/begrippen/"));
    }

    [Fact]
    public void A_feed_of_one_type_within_one_theme_holds_only_that_type_on_that_theme()
    {
        using var reader = XmlReader.Create(Public("feeds/themas/damocles/handreikingen.xml"));
        var ids = SyndicationFeed.Load(reader).Items.Select(i => new Uri(i.Id).AbsolutePath).ToList();

        Assert.Equal(["/handreikingen/damocles-menukaart/"], ids);
        Assert.True(File.Exists(Public("feeds/themas/vastgoed/praktijkvoorbeelden.xml")));
    }

    [Fact]
    public async Task Every_feed_has_a_volg_page_in_dutch_with_the_address_to_copy_and_no_xslt()
    {
        var client = site.Factory.CreateClient();
        var feeds = Directory.GetFiles(Public("feeds"), "*.xml", SearchOption.AllDirectories);
        foreach (var file in feeds)
        {
            var feed = "/" + Path.GetRelativePath(Public(""), file).Replace('\\', '/');
            Assert.DoesNotContain("xml-stylesheet", File.ReadAllText(file));
            var volg = "/volgen/" + feed["/feeds/".Length..^".xml".Length] + "/";
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(volg));
            Assert.Contains("Wat is een feed?", html);
            Assert.Contains("Thunderbird", html);
            Assert.Contains("Outlook", html);
            Assert.Contains($"<code>https://www.kennisplatformondermijning.nl{feed}</code>", html);
        }
        var index = await client.GetStringAsync("/volgen/");
        Assert.Contains("href=\"/volgen/themas/damocles/\"", index);
    }

    [Fact]
    public async Task Pages_that_offer_a_feed_link_to_its_volg_page()
    {
        var client = site.Factory.CreateClient();

        Assert.Contains("href=\"/volgen/themas/damocles/\"", await client.GetStringAsync("/themas/damocles/"));
        Assert.Contains("href=\"/volgen/regios/limburg/\"", await client.GetStringAsync("/regios/limburg/"));
        Assert.Contains("href=\"/volgen/handreikingen/\"", await client.GetStringAsync("/handreikingen/"));
        Assert.Contains("href=\"/volgen/alles/\"", await client.GetStringAsync("/"));
        var theme = await client.GetStringAsync("/volgen/themas/damocles/");
        Assert.Contains("href=\"/volgen/themas/damocles/handreikingen/\"", theme);
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_an_absolute_url()
    {
        var urls = XDocument.Load(Public("sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Contains("https://www.kennisplatformondermijning.nl/handreikingen/damocles-menukaart/", urls);
        Assert.Contains("https://www.kennisplatformondermijning.nl/themas/", urls);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Contains("Sitemap: https://www.kennisplatformondermijning.nl/sitemap.xml", File.ReadAllText(Public("robots.txt")));
    }

    [Fact]
    public async Task The_catalogue_lists_all_public_pages_with_their_metadata()
    {
        using var doc = JsonDocument.Parse(await site.Factory.CreateClient().GetStringAsync("/data/catalogus.json"));
        var pages = doc.RootElement.GetProperty("pages").EnumerateArray().ToList();

        var guide = pages.Single(p => p.GetProperty("path").GetString() == "/handreikingen/damocles-menukaart/");
        Assert.Equal("handreiking", guide.GetProperty("type").GetString());
        Assert.Equal("2026-11-01", guide.GetProperty("lastReviewed").GetString());
        Assert.Equal("damocles", guide.GetProperty("themes")[0].GetString());
        Assert.Equal("https://www.kennisplatformondermijning.nl/handreikingen/damocles-menukaart/", guide.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Json_lists_may_be_read_from_other_sites_and_pages_may_not()
    {
        var client = site.Factory.CreateClient();

        var list = await client.GetAsync("/data/themas/damocles.json");
        var page = await client.GetAsync("/themas/damocles/");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", list.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_region_page_shows_its_own_practices_and_the_national_guides_grouped_by_type()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/regios/limburg/");

        Assert.Contains("id=\"kp-in-deze-regio-praktijkvoorbeeld\"", html);
        Assert.Contains("href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\"", html);
        Assert.Contains("id=\"kp-in-deze-regio-handreiking\"", html);
        Assert.Contains("href=\"/handreikingen/damocles-menukaart/\"", html);
    }
}
