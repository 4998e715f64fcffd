using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Kennisplatform.Content;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Testing;
using Kennisplatform.Theme;

namespace Kennisplatform.Pages.Tests;

/// <summary>Change notes and freshness on the page, in every feed, and the page "Nieuw en gewijzigd" with its feed.</summary>
public class StayingCurrentTests
{
    private static Document Read(string path, string frontMatter)
    {
        var diagnostics = new List<Diagnostic>();
        var document = DocumentReader.Read(path, $"---\n{frontMatter}\n---\nTekst.\n", diagnostics);
        Assert.Empty(diagnostics);
        return document!;
    }

    private static IReadOnlyList<Document> FixtureDocuments(params Document[] extra) =>
        ContentLoader.Load(Fixtures.ContentFolder).Documents.Concat(extra).ToList();

    private static async Task<Dictionary<string, string>> RenderAsync(IReadOnlyList<Document> documents)
    {
        var renderer = new MarkdownRenderer();
        var rendered = documents.Select(d => new RenderedDocument(d, renderer.Render(d.Body))).ToList();
        var pages = SitePageSet.Create(new Site(documents, FixtureTaxonomies.Table), rendered, _ => []);
        var html = await new ThemeRenderer().RenderBatchAsync(pages.Select(p => p.Request).ToList());
        return pages.Select((p, i) => (p.FilePath, Html: WebUtility.HtmlDecode(html[i]))).ToDictionary(x => x.FilePath, x => x.Html);
    }

    private static SyndicationFeed Feed(Site site, string path)
    {
        var file = new AtomFeeds(site, SiteSettings.Default).Create().Single(f => f.Path == path.TrimStart('/'));
        using var reader = XmlReader.Create(new MemoryStream(file.Content));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task A_change_note_appears_on_its_page_with_the_list_and_the_first_publication()
    {
        var html = (await RenderAsync(FixtureDocuments()))["praktijkvoorbeelden/vastgoed-in-beeld/index.html"];

        Assert.Contains("Laatst gewijzigd op <time datetime=\"2023-02-01\">1 februari 2023</time> — <a href=\"#wijzigingen\">bekijk wijzigingen</a>", html);
        Assert.Contains("<h2 id=\"wijzigingen\" tabindex=\"-1\">Wijzigingen</h2>", html);
        Assert.Contains("<li><time datetime=\"2023-02-01\">1 februari 2023</time>: Aanpak aangevuld met het gezamenlijke beeld van gemeente en RIEC.</li>", html);
        Assert.Contains("<li><time datetime=\"2021-05\">mei 2021</time>: eerste publicatie.</li>", html);
        // 'date' stays the day of first publication.
        Assert.Contains("Datum: <time datetime=\"2021-05\">mei 2021</time>", html);
    }

    [Fact]
    public async Task A_reviewed_page_shows_its_review_and_a_page_without_one_only_its_last_update()
    {
        var pages = await RenderAsync(FixtureDocuments());

        Assert.Contains("Laatst gecontroleerd op <time datetime=\"2026-11-01\">1 november 2026</time>.", pages["handreikingen/damocles-menukaart/index.html"]);
        var theme = pages["themas/vastgoed/index.html"];
        Assert.Contains("Laatst bijgewerkt: <time datetime=\"2022-11-04\">4 november 2022</time>.", theme);
        Assert.DoesNotContain("Laatst gecontroleerd", theme);
    }

    [Fact]
    public async Task A_page_names_its_owner()
    {
        var owned = Read("themas/eigen.md", "title: Eigen\nsummary: s\ndate: 2024-01-01\neigenaar: Redactie Kennisplatform");
        var html = (await RenderAsync(FixtureDocuments(owned)))["themas/eigen/index.html"];

        Assert.Contains("Beheer: Redactie Kennisplatform.", html);
    }

    [Fact]
    public void Every_feed_carries_a_change_as_a_new_entry_with_its_line_and_newest_news_first()
    {
        var site = new Site(FixtureDocuments(), FixtureTaxonomies.Table);

        foreach (var path in new[] { FeedPaths.All, FeedPaths.OfTerm(FixtureTaxonomies.Table[0], "vastgoed"), FeedPaths.OfTerm(FixtureTaxonomies.Table[1], "limburg"), FeedPaths.OfType(DocumentType.Praktijkvoorbeeld) })
        {
            var feed = Feed(site, path);
            var changed = Assert.Single(feed.Items, i => i.Links[0].Uri.AbsolutePath == "/praktijkvoorbeelden/vastgoed-in-beeld/");
            Assert.Equal(new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero), changed.LastUpdatedTime);
            Assert.Equal(new DateTimeOffset(2021, 5, 1, 0, 0, 0, TimeSpan.Zero), changed.PublishDate);
            Assert.EndsWith("#wijziging-2023-02-01", changed.Id);
            Assert.StartsWith("Gewijzigd op 1 februari 2023: Aanpak aangevuld", changed.Summary.Text);
            var updated = feed.Items.Select(i => i.LastUpdatedTime).ToList();
            Assert.Equal(updated.OrderByDescending(u => u), updated);
        }
    }

    [Fact]
    public void A_reference_page_enters_its_feeds_only_once_it_has_a_change_note()
    {
        var changedTheme = Read("themas/nieuw-thema.md",
            "title: Nieuw thema\nsummary: s\ndate: 2020-01-01\nwijzigingen:\n  - datum: 2024-06-01\n    wijziging: Nieuwe aanpak beschreven.");
        var quietTheme = Read("themas/stil-thema.md", "title: Stil thema\nsummary: s\ndate: 2025-01-01");
        var site = new Site(FixtureDocuments(changedTheme, quietTheme), FixtureTaxonomies.Table);

        var ids = Feed(site, FeedPaths.All).Items.Select(i => i.Id).ToList();
        var ownFeed = Feed(site, FeedPaths.OfTerm(FixtureTaxonomies.Table[0], "nieuw-thema")).Items.Select(i => i.Id).ToList();

        Assert.Contains(ids, id => id.EndsWith("/themas/nieuw-thema/#wijziging-2024-06-01"));
        Assert.DoesNotContain(ids, id => id.Contains("/themas/stil-thema/"));
        Assert.Contains(ownFeed, id => id.EndsWith("/themas/nieuw-thema/#wijziging-2024-06-01"));
    }

    [Fact]
    public async Task Nieuw_en_gewijzigd_lists_additions_and_changes_newest_first_with_its_own_feed()
    {
        var notes = string.Join("\n", Enumerable.Range(1, 60).Select(i => $"  - datum: 2025-{1 + i % 12:00}-{1 + i % 28:00}\n    wijziging: Wijziging {i}."));
        var busy = Read("praktijkvoorbeelden/druk.md", $"title: Druk\nsummary: s\ndate: 2024-01-01\nthemes: [vastgoed]\nwijzigingen:\n{notes}");
        var documents = FixtureDocuments(busy);
        var site = new Site(documents, FixtureTaxonomies.Table);

        var items = AtomFeeds.NewAndChanged(site.Documents);
        Assert.Equal(AtomFeeds.MaxEntries, items.Count);
        Assert.Equal(items.OrderByDescending(i => i.Day).Select(i => i.Day), items.Select(i => i.Day));
        var feed = Feed(site, FeedPaths.NewAndChanged);
        Assert.Equal(AtomFeeds.MaxEntries, feed.Items.Count());
        Assert.Equal(items.Select(i => i.Day.ToDateTime(TimeOnly.MinValue)), feed.Items.Select(i => i.LastUpdatedTime.UtcDateTime));

        // Without the busy page: the fixture's additions and its one change, each its own line.
        var quiet = AtomFeeds.NewAndChanged(new Site(FixtureDocuments(), FixtureTaxonomies.Table).Documents);
        Assert.Contains(quiet, i => i.Page.Slug == "vastgoed-in-beeld" && i.Change is not null);
        Assert.Contains(quiet, i => i.Page.Slug == "vastgoed-in-beeld" && i.Change is null);
        Assert.DoesNotContain(quiet, i => i.Page.Type.IsReference() && i.Change is null);

        var html = (await RenderAsync(FixtureDocuments()))["nieuw-en-gewijzigd/index.html"];
        Assert.Contains("<h1>Nieuw en gewijzigd</h1>", html);
        Assert.Contains("Praktijkvoorbeeld, gewijzigd", html);
        Assert.Contains("Wijziging: Aanpak aangevuld met het gezamenlijke beeld van gemeente en RIEC.", html);
        Assert.Contains("href=\"/feeds/nieuw-en-gewijzigd.xml\"", html);
        Assert.Contains("href=\"/volgen/nieuw-en-gewijzigd/\"", html);
    }

    [Fact]
    public async Task Every_page_links_nieuw_en_gewijzigd_in_its_footer_and_actueel_links_it_too()
    {
        var pages = await RenderAsync(FixtureDocuments());

        Assert.All(pages.Where(p => p.Key != "404.html" && p.Value.Contains("<footer")), p => Assert.Contains("<a href=\"/nieuw-en-gewijzigd/\">Nieuw en gewijzigd</a>", p.Value));
        Assert.Contains("<a href=\"/nieuw-en-gewijzigd/\">Nieuw en gewijzigd op het hele platform</a>", pages["actueel/index.html"]);
        Assert.True(pages.ContainsKey("volgen/nieuw-en-gewijzigd/index.html"));
    }
}
