using System.Text.Json;
using System.Xml.Linq;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Pages.Markdown;

namespace Kennisplatform.Pages.Tests;

/// <summary>
/// A region's page, its JSON list and its feed answer one question the same way: what belongs to the region. A user
/// following the feed of RIEC Limburg expects what the Limburg page shows, national guides included.
/// </summary>
public class RegionMembershipTests
{
    private static Document Read(string path, string frontMatter)
    {
        var diagnostics = new List<Diagnostic>();
        var document = DocumentReader.Read(path, $"---\n{frontMatter}\n---\nTekst.\n", diagnostics);
        Assert.Empty(diagnostics);
        return document!;
    }

    private static readonly Site Site = new(
    [
        Read("regios/limburg.md", "title: RIEC Limburg\nsummary: s\ndate: 2020\narea: Limburg\nriec: true"),
        Read("regios/landelijk.md", "title: Landelijk\nsummary: s\ndate: 2020\narea: Nederland\nriec: false"),
        Read("regios/oost-nederland.md", "title: RIEC Oost-Nederland\nsummary: s\ndate: 2020\narea: Gelderland\nriec: true"),
        Read("themas/vastgoed.md", "title: Vastgoed\nsummary: s\ndate: 2020\nregions: [limburg]"),
        Read("praktijkvoorbeelden/in-limburg.md", "title: In Limburg\nsummary: s\ndate: 2021\nthemes: [vastgoed]\nregions: [limburg]"),
        Read("praktijkvoorbeelden/elders.md", "title: Elders\nsummary: s\ndate: 2021\nthemes: [vastgoed]\nregions: [oost-nederland]"),
        Read("handreikingen/zonder-regio.md", "title: Zonder regio\nsummary: s\ndate: 2022\nthemes: [vastgoed]"),
        Read("handreikingen/landelijke-gids.md", "title: Landelijke gids\nsummary: s\ndate: 2022\nthemes: [vastgoed]\nregions: [landelijk]"),
        Read("handreikingen/voor-oost.md", "title: Voor Oost\nsummary: s\ndate: 2022\nthemes: [vastgoed]\nregions: [oost-nederland]"),
        Read("kenniskringen/vastgoed/index.md", "title: Kring\nsummary: s\ndate: 2019\nthemes: [vastgoed]\nregions: [limburg]"),
        Read("begrippen/bibob.md", "title: Bibob\nsummary: s\ndate: 2019\nregions: [limburg]"),
    ], FixtureTaxonomies.Table);

    private static readonly Taxonomy Regions = Site.Taxonomy("regions")!;

    private static readonly string[] Limburg =
    [
        "/praktijkvoorbeelden/in-limburg/", "/handreikingen/zonder-regio/", "/handreikingen/landelijke-gids/", "/kenniskringen/vastgoed/",
    ];

    [Fact]
    public void A_region_holds_what_names_it_plus_the_national_guides_and_no_theme_glossary_or_other_region()
    {
        Assert.Equal(Limburg.Order(), Site.Members(Regions, "limburg").Select(d => d.Url).Order());
    }

    [Fact]
    public void The_region_page_shows_exactly_the_region_set()
    {
        var region = Site.ByUrl("/regios/limburg/")!;
        var page = new DocumentPageBuilder(Site, SiteSettings.Default).Build(new RenderedDocument(region, new MarkdownRenderer().Render(region.Body)), []);

        Assert.Equal(Limburg.Order(), page.Sections.SelectMany(s => s.Items).Select(i => i.Url).Distinct().Order());
    }

    [Fact]
    public void The_region_json_list_holds_exactly_the_region_set()
    {
        var file = new CatalogueJson(Site, SiteSettings.Default).Create().Single(f => "/" + f.Path == FeedPaths.TermList(Regions, "limburg"));
        var paths = JsonDocument.Parse(file.Content).RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("path").GetString()!);

        Assert.Equal(Limburg.Order(), paths.Order());
    }

    [Fact]
    public void The_region_feed_holds_exactly_the_region_set_national_guides_included()
    {
        var file = new AtomFeeds(Site, SiteSettings.Default).Create().Single(f => "/" + f.Path == FeedPaths.OfTerm(Regions, "limburg"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var paths = XDocument.Load(new MemoryStream(file.Content)).Root!.Elements(atom + "entry")
            .Select(e => new Uri(e.Element(atom + "id")!.Value).AbsolutePath);

        Assert.Equal(Limburg.Order(), paths.Order());
    }
}
