using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Kennisplatform.Build;
using Kennisplatform.Testing;

namespace Kennisplatform.Host.Tests;

/// <summary>
/// A third taxonomy, target groups (<c>doelgroepen</c>), added to the fixture content as content only: an entry in
/// <c>taxonomieen.yml</c>, a folder with a page per term, and the field on two pages. Checks, term pages, listings,
/// feeds, JSON lists, the index, search filters and facets all follow without a change in code.
/// </summary>
public class NewTaxonomyTests(NewTaxonomyTests.TargetGroupSite site) : IClassFixture<NewTaxonomyTests.TargetGroupSite>
{
    /// <summary>The taxonomy's entry, as an editor would add it to the table.</summary>
    private const string Entry = """

        - key: doelgroepen
          term: audience
          folder: doelgroepen
          label: Doelgroep
          plural: Doelgroepen
          parameter: doelgroep
          intro: Voor wie is het? Per doelgroep de praktijkvoorbeelden, handreikingen en bijeenkomsten.
          anchor: voor-deze-doelgroep
        """;

    /// <summary>The fixture content with target groups: gemeente (two pages), politie (one), belastingdienst (none).</summary>
    public static string CreateContent(string folder)
    {
        Fixtures.CopyContent(folder);
        File.AppendAllText(Path.Combine(folder, "taxonomieen.yml"), Entry);
        foreach (var (slug, title) in new[] { ("gemeente", "Gemeente"), ("politie", "Politie"), ("belastingdienst", "Belastingdienst") })
        {
            Fixtures.Write(folder, $"doelgroepen/{slug}.md", $"---\ntitle: {title}\nsummary: Wat er is voor de {slug}.\ndate: 2024-01-01\n---\n\nTekst.\n");
        }
        Tag(folder, "praktijkvoorbeelden/vastgoed-in-beeld.md", "[gemeente]");
        Tag(folder, "handreikingen/damocles-menukaart.md", "[gemeente, politie]");
        return folder;
    }

    private static void Tag(string folder, string page, string terms)
    {
        var path = Path.Combine(folder, page);
        File.WriteAllText(path, "---\ndoelgroepen: " + terms + "\n" + File.ReadAllText(path)["---\n".Length..]);
    }

    /// <summary>The fixture content with target groups, built once and hosted in memory.</summary>
    public sealed class TargetGroupSite : HostedSiteFixture
    {
        /// <summary>A file of the public site.</summary>
        public string Public(string relative) => Path.Combine(Site, "public", relative);

        protected override string CreateContent() => NewTaxonomyTests.CreateContent(Temp["content"]);
    }

    [Fact]
    public void An_unknown_target_group_fails_the_check_with_file_line_and_column()
    {
        using var temp = new TempFolder();
        var content = CreateContent(temp["content"]);
        Tag(content, "webinars/damocles-in-de-praktijk.md", "[gemeenten]");

        var error = Assert.Single(new ContentCompiler().Compile(content).Diagnostics, d => d.Severity == Kennisplatform.Content.Severity.Error);

        Assert.Equal("webinars/damocles-in-de-praktijk.md:2:15: error: unknown audience 'gemeenten' — did you mean 'gemeente'?; " +
            "doelgroepen are the files in content/doelgroepen/", error.ToString());
    }

    [Fact]
    public async Task Each_target_group_has_a_page_listing_what_is_for_it_and_the_taxonomy_has_a_listing()
    {
        var gemeente = await File.ReadAllTextAsync(site.Public("doelgroepen/gemeente/index.html"));
        var politie = await File.ReadAllTextAsync(site.Public("doelgroepen/politie/index.html"));
        var listing = await File.ReadAllTextAsync(site.Public("doelgroepen/index.html"));

        Assert.Contains("href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\"", gemeente);
        Assert.Contains("href=\"/handreikingen/damocles-menukaart/\"", gemeente);
        Assert.Contains("id=\"kp-voor-deze-doelgroep-handreiking\"", gemeente);
        Assert.DoesNotContain("href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\"", politie);
        Assert.Contains("Alle doelgroepen", listing);
        Assert.Contains("href=\"/doelgroepen/belastingdienst/\"", listing);
        Assert.Contains("Voor wie is het?", listing);
    }

    [Fact]
    public async Task A_page_names_its_target_groups_linked_to_their_pages()
    {
        var practice = await File.ReadAllTextAsync(site.Public("praktijkvoorbeelden/vastgoed-in-beeld/index.html"));

        Assert.Contains("Doelgroepen", practice);
        Assert.Contains("href=\"/doelgroepen/gemeente/\"", practice);
    }

    [Fact]
    public async Task A_type_listing_links_to_search_filtered_per_target_group()
    {
        var listing = await File.ReadAllTextAsync(site.Public("handreikingen/index.html"));

        Assert.Contains("Per doelgroep", listing);
        Assert.Contains("href=\"/zoeken/?type=handreiking&amp;doelgroep=politie\"", listing);
    }

    [Fact]
    public async Task Search_filters_on_a_target_group_under_its_own_parameter_and_counts_it_as_a_facet()
    {
        var client = site.Factory.CreateClient();
        var html = await client.GetStringAsync("/zoeken/?doelgroep=politie");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/zoeken?q=damocles"));

        Assert.Contains("href=\"/handreikingen/damocles-menukaart/\"", html);
        Assert.DoesNotContain("href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\"", html);
        var facet = json.RootElement.GetProperty("facets").GetProperty("doelgroep").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => (v.GetProperty("label").GetString(), v.GetProperty("count").GetInt64()));
        Assert.Equal(("Politie", 1L), facet["politie"]);
    }

    [Fact]
    public async Task Each_target_group_has_a_feed_and_a_json_list_and_the_catalogue_names_the_terms()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(site.Public("feeds/doelgroepen/gemeente.xml"));
        using var list = JsonDocument.Parse(await File.ReadAllTextAsync(site.Public("data/doelgroepen/politie.json")));
        using var catalogue = JsonDocument.Parse(await File.ReadAllTextAsync(site.Public("data/catalogus.json")));

        Assert.Equal(["/handreikingen/damocles-menukaart/", "/praktijkvoorbeelden/vastgoed-in-beeld/"],
            feed.Root!.Elements(atom + "entry").Select(e => new Uri(e.Element(atom + "id")!.Value).AbsolutePath).Order());
        Assert.Equal("politie", list.RootElement.GetProperty("audience").GetString());
        Assert.Equal(["/handreikingen/damocles-menukaart/"], list.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("path").GetString()));
        var guide = catalogue.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("path").GetString() == "/handreikingen/damocles-menukaart/");
        Assert.Equal(["gemeente", "politie"], guide.GetProperty("doelgroepen").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await site.Factory.CreateClient().GetAsync("/volgen/doelgroepen/gemeente/")).StatusCode);
    }
}
