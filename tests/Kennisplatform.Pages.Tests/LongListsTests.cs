using System.Text.RegularExpressions;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;

namespace Kennisplatform.Pages.Tests;

/// <summary>
/// Lists on a site of thousands of pages stay readable: long type listings are paged, term pages and publications show
/// their newest entries with a link to all, and every page stays reachable through plain links.
/// </summary>
public class LongListsTests
{
    private const int Practices = 130;   // more than ListingLimits.Listing, so the listing is paged: 50 + 50 + 30
    private const int InLimburg = 40;    // the first 40 practices (the oldest) are in Limburg, the rest in Oost-Nederland
    private const int Guides = 30;       // national guides: they belong to every region

    private static Document Read(string path, string frontMatter)
    {
        var diagnostics = new List<Diagnostic>();
        var document = DocumentReader.Read(path, $"---\n{frontMatter}\n---\nTekst.\n", diagnostics);
        Assert.Empty(diagnostics);
        return document!;
    }

    // Practice n is dated n days after 1 January 2020, so the newest is the highest number.
    private static string PracticeUrl(int n) => $"/praktijkvoorbeelden/voorbeeld-{n:000}/";

    private static readonly Site Site = new(
    [
        Read("regios/limburg.md", "title: RIEC Limburg\nsummary: s\ndate: 2020\narea: Limburg\nriec: true"),
        Read("regios/oost-nederland.md", "title: RIEC Oost-Nederland\nsummary: s\ndate: 2020\narea: Gelderland\nriec: true"),
        Read("regios/landelijk.md", "title: Landelijk\nsummary: s\ndate: 2020\narea: Nederland\nriec: false"),
        Read("themas/vastgoed.md", "title: Vastgoed\nsummary: s\ndate: 2020"),
        Read("publicaties/rapport.md", "title: Rapport\nsummary: s\ndate: 2019\nthemes: [vastgoed]"),
        .. Enumerable.Range(1, Practices).Select(n => Read($"praktijkvoorbeelden/voorbeeld-{n:000}.md",
            $"title: Voorbeeld {n:000}\nsummary: s\ndate: {new DateOnly(2020, 1, 1).AddDays(n):yyyy-MM-dd}\nthemes: [vastgoed]\n" +
            $"regions: [{(n <= InLimburg ? "limburg" : "oost-nederland")}]\nsources: [rapport]")),
        .. Enumerable.Range(1, Guides).Select(n => Read($"handreikingen/gids-{n:00}.md",
            $"title: Gids {n:00}\nsummary: s\ndate: {new DateOnly(2021, 1, 1).AddDays(n):yyyy-MM-dd}\nthemes: [vastgoed]")),
    ], FixtureTaxonomies.Table);

    private static readonly Dictionary<string, ListingPageModel> Listing =
        new ListingPageBuilder(Site, SiteSettings.Default).BuildPaged(DocumentType.Praktijkvoorbeeld, "/praktijkvoorbeelden/")
            .ToDictionary(p => p.Path, p => p.Model);

    private static DocumentPageModel Page(string url)
    {
        var document = Site.ByUrl(url)!;
        return new DocumentPageBuilder(Site, SiteSettings.Default).Build(new RenderedDocument(document, new MarkdownRenderer().Render(document.Body)), []);
    }

    private static ListingSection Section(IEnumerable<ListingSection> sections, string id) => sections.Single(s => s.Id == id);

    [Fact]
    public void A_listing_longer_than_the_limit_is_paged_newest_first_and_lists_every_page_once()
    {
        Assert.Equal(["/praktijkvoorbeelden/", "/praktijkvoorbeelden/pagina/2/", "/praktijkvoorbeelden/pagina/3/"], Listing.Keys);
        var all = Listing.Values.Select(m => Section(m.Sections, "alle")).ToList();
        Assert.Equal([50, 50, 30], all.Select(s => s.Items.Count));
        Assert.Equal(Enumerable.Range(1, Practices).Reverse().Select(PracticeUrl), all.SelectMany(s => s.Items).Select(i => i.Url));
        Assert.Equal(["1–50 van 130", "51–100 van 130", "101–130 van 130"], all.Select(s => s.CountText));
        var second = Listing["/praktijkvoorbeelden/pagina/2/"].Paging!;
        Assert.Equal(new Link("Vorige", "/praktijkvoorbeelden/"), second.Previous);
        Assert.Equal(new Link("Volgende", "/praktijkvoorbeelden/pagina/3/"), second.Next);
        Assert.EndsWith("/praktijkvoorbeelden/pagina/2/", Listing["/praktijkvoorbeelden/pagina/2/"].Frame.CanonicalUrl);
    }

    [Fact]
    public void The_first_page_of_a_paged_grouped_listing_keeps_a_section_per_region_with_its_newest_and_a_link_to_all_of_them()
    {
        var first = Listing["/praktijkvoorbeelden/"].Sections;
        var limburg = Section(first, "regio-limburg");

        Assert.Equal(Enumerable.Range(InLimburg - ListingLimits.Overview + 1, ListingLimits.Overview).Reverse().Select(PracticeUrl),
            limburg.Items.Select(i => i.Url));
        Assert.Equal($"{ListingLimits.Overview} nieuwste van {InLimburg}", limburg.CountText);
        Assert.Equal(new Link($"Alle {InLimburg} praktijkvoorbeelden uit RIEC Limburg", "/zoeken/?type=praktijkvoorbeeld&regio=limburg"), limburg.More);
        Assert.Equal(Practices - InLimburg, int.Parse(Section(first, "regio-oost-nederland").CountText!.Split(' ')[^1]));
        Assert.All(Listing.Values.Skip(1), m => Assert.DoesNotContain(m.Sections, s => s.Id!.StartsWith("regio-")));
    }

    [Fact]
    public void A_term_page_shows_the_newest_of_each_type_and_links_to_all_of_them_in_search()
    {
        var practices = Section(Page("/themas/vastgoed/").Sections, "in-dit-thema-praktijkvoorbeeld");

        Assert.Equal(Enumerable.Range(Practices - ListingLimits.Section + 1, ListingLimits.Section).Reverse().Select(PracticeUrl),
            practices.Items.Select(i => i.Url));
        Assert.Equal($"{ListingLimits.Section} nieuwste van {Practices}", practices.CountText);
        Assert.Equal(new Link($"Alle {Practices} praktijkvoorbeelden bij Vastgoed", "/zoeken/?type=praktijkvoorbeeld&thema=vastgoed"), practices.More);
        // Thirty guides: more than a section shows, so they are capped too.
        Assert.Equal(ListingLimits.Section, Section(Page("/themas/vastgoed/").Sections, "in-dit-thema-handreiking").Items.Count);
    }

    [Fact]
    public void National_guides_on_a_region_page_link_to_their_listing_which_search_filtered_on_the_region_would_miss()
    {
        var region = Page("/regios/limburg/").Sections;

        Assert.Equal(new Link("Alle handreikingen", "/handreikingen/"), Section(region, "in-deze-regio-handreiking").More);
        Assert.Equal(new Link($"Alle {InLimburg} praktijkvoorbeelden bij RIEC Limburg", "/zoeken/?type=praktijkvoorbeeld&regio=limburg"),
            Section(region, "in-deze-regio-praktijkvoorbeeld").More);
    }

    [Fact]
    public void A_list_within_its_limit_is_shown_whole_without_a_link_to_more()
    {
        var based = Section(Page("/publicaties/rapport/").Sections, "gebaseerd-op");
        var guides = new ListingPageBuilder(Site, SiteSettings.Default).BuildPaged(DocumentType.Handreiking, "/handreikingen/").ToList();

        Assert.Equal(Practices, based.Items.Count);
        Assert.Null(based.More);
        Assert.Null(based.CountText);
        var (path, model) = Assert.Single(guides);
        Assert.Equal("/handreikingen/", path);
        Assert.Null(model.Paging);
        Assert.Equal(Guides, model.Sections.Sum(s => s.Items.Count));
    }

    [Theory]
    [InlineData(1, 5, "[1] 2 3 4 5")]
    [InlineData(1, 40, "[1] 2 3 … 40")]
    [InlineData(20, 40, "1 … 18 19 [20] 21 22 … 40")]
    [InlineData(39, 40, "1 … 37 38 [39] 40")]
    public void Page_links_show_every_number_for_few_pages_and_else_the_ends_and_the_neighbours(int number, int count, string expected)
    {
        var links = PageNumbers.For("Pagina's", number, count, n => $"/p/{n}/");

        Assert.Equal(expected, string.Join(' ', links.Pages.Select(l => l.Url.Length == 0 && l.Text != PageLinks.Gap ? $"[{l.Text}]" : l.Text)));
        Assert.All(links.Pages.Where(l => l.Url.Length > 0), l => Assert.Equal($"/p/{l.Text}/", l.Url));
    }

    [Fact]
    public async Task A_paged_listing_renders_its_page_links_with_gaps_hidden_from_screen_readers()
    {
        var html = await new ThemeRenderer().RenderAsync<ListingPage>(Listing["/praktijkvoorbeelden/pagina/2/"] with
        {
            Paging = PageNumbers.For("Pagina's met praktijkvoorbeelden", 2, 40, n => SiteUrls.ListingPage("/praktijkvoorbeelden/", n)),
        });

        Assert.Matches(new Regex("<nav class=\"pagination\" aria-label=\"Pagina(&#x27;|')s met praktijkvoorbeelden\">"), html);
        Assert.Contains("<span aria-current=\"page\">2</span>", html);
        Assert.Contains("<li class=\"gap\" aria-hidden=\"true\">&#x2026;</li>", html);   // the theme writes non-ASCII as references
        Assert.Contains("<a href=\"/praktijkvoorbeelden/pagina/40/\">40</a>", html);
        Assert.Matches(new Regex("Alle praktijkvoorbeelden, nieuwste eerst, pagina 2 van 3 <span class=\"count\">\\(51&#x2013;100 van 130\\)</span>"), html);
    }

    private const int BasedOnMonitor = ListingLimits.BasedOn + 30;   // more than a publication's section shows: 5 pages of 50

    // A second site: a publication that more pages name as their source than its section shows.
    private static readonly Site CitedSite = new(
    [
        Read("regios/limburg.md", "title: RIEC Limburg\nsummary: s\ndate: 2020\narea: Limburg\nriec: true"),
        Read("themas/vastgoed.md", "title: Vastgoed\nsummary: s\ndate: 2020"),
        Read("publicaties/monitor.md", "title: Monitor Ondermijning\nsummary: s\ndate: 2019\nthemes: [vastgoed]"),
        Read("publicaties/dossier.md", "title: Dossier\nsummary: s\ndate: 2019\nthemes: [vastgoed]\ntoegang: besloten"),
        .. Enumerable.Range(1, BasedOnMonitor).Select(n => Read($"praktijkvoorbeelden/voorbeeld-{n:000}.md",
            $"title: Voorbeeld {n:000}\nsummary: s\ndate: {new DateOnly(2020, 1, 1).AddDays(n):yyyy-MM-dd}\nthemes: [vastgoed]\n" +
            "regions: [limburg]\nsources: [monitor, dossier]")),
    ], FixtureTaxonomies.Table);

    [Fact]
    public void A_publication_more_pages_are_based_on_than_its_section_shows_links_to_a_paged_list_of_all_of_them()
    {
        var monitor = CitedSite.ByUrl("/publicaties/monitor/")!;
        var page = new DocumentPageBuilder(CitedSite, SiteSettings.Default)
            .Build(new RenderedDocument(monitor, new MarkdownRenderer().Render(monitor.Body)), []);
        var based = Section(page.Sections, "gebaseerd-op");
        var lists = new BasedOnPages(CitedSite, SiteSettings.Default).Lists().ToDictionary(p => p.Path, p => p.Model);

        Assert.Equal(ListingLimits.BasedOn, based.Items.Count);
        Assert.Equal($"{ListingLimits.BasedOn} nieuwste van {BasedOnMonitor}", based.CountText);
        Assert.Equal(new Link($"Alle {BasedOnMonitor} pagina's gebaseerd op deze publicatie", "/publicaties/monitor/gebaseerd-op/"), based.More);
        Assert.Equal(["/publicaties/monitor/gebaseerd-op/", .. Enumerable.Range(2, 4).Select(n => $"/publicaties/monitor/gebaseerd-op/pagina/{n}/")],
            lists.Keys);
        var all = lists.Values.Select(m => Section(m.Sections, "gebaseerd-op")).ToList();
        Assert.Equal(Enumerable.Range(1, BasedOnMonitor).Reverse().Select(PracticeUrl), all.SelectMany(s => s.Items).Select(i => i.Url));
        Assert.Equal("201–230 van 230", all[^1].CountText);
        var last = lists["/publicaties/monitor/gebaseerd-op/pagina/5/"];
        Assert.Equal(new Link("Vorige", "/publicaties/monitor/gebaseerd-op/pagina/4/"), last.Paging!.Previous);
        Assert.Null(last.Paging.Next);
        Assert.Equal(new Link("Monitor Ondermijning", "/publicaties/monitor/"), last.Frame.Breadcrumbs[^1]);
        Assert.EndsWith("/publicaties/monitor/gebaseerd-op/pagina/5/", last.Frame.CanonicalUrl);
    }

    [Fact]
    public void A_closed_publication_shows_its_newest_based_pages_without_a_list_of_all_that_could_be_public()
    {
        var dossier = CitedSite.Documents.Single(d => d.Slug == "dossier");
        var page = new DocumentPageBuilder(CitedSite, SiteSettings.Default)
            .Build(new RenderedDocument(dossier, new MarkdownRenderer().Render(dossier.Body)), []);
        var based = Section(page.Sections, "gebaseerd-op");

        Assert.True(dossier.IsRestricted);
        Assert.Equal(ListingLimits.BasedOn, based.Items.Count);
        Assert.Null(based.More);
        Assert.DoesNotContain(new BasedOnPages(CitedSite, SiteSettings.Default).Lists(), p => p.Path.Contains("dossier", StringComparison.Ordinal));
    }

    [Fact]
    public void A_publication_whose_section_shows_every_page_based_on_it_gets_no_separate_list()
    {
        Assert.Empty(new BasedOnPages(Site, SiteSettings.Default).Lists());
        Assert.DoesNotContain(SitePageSet.SitePages(Site, []), p => p.FilePath.Contains("gebaseerd-op", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_of_all_pages_based_on_a_publication_is_one_of_the_site_pages_and_renders_with_its_page_links()
    {
        var page = Assert.Single(SitePageSet.SitePages(CitedSite, []), p => p.FilePath == "publicaties/monitor/gebaseerd-op/pagina/2/index.html");

        var html = await new ThemeRenderer().RenderAsync<ListingPage>((ListingPageModel)page.Request.Model);

        Assert.Contains("<h1>Gebaseerd op Monitor Ondermijning</h1>", html);
        Assert.Contains("<a href=\"/publicaties/monitor/gebaseerd-op/pagina/3/\">3</a>", html);
        Assert.Contains("<a href=\"/praktijkvoorbeelden/voorbeeld-180/\">", html);
    }
}
