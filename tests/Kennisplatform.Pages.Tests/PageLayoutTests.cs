using Kennisplatform.Content;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Testing;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Pages.Tests;

/// <summary>The page layouts from the walked tasks: home, region and theme pages.</summary>
public class PageLayoutTests
{
    // Fixture content plus a practice on two themes in Limburg, and a home page with a usage guide at its end.
    private static async Task<Dictionary<string, string>> RenderAsync(Func<string, IReadOnlyList<ListingItem>>? related = null)
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        Fixtures.Write(content, "praktijkvoorbeelden/twee-themas.md", """
            ---
            title: Twee thema's in Limburg
            summary: Een project op twee thema's.
            date: 2023-01-01
            themes: [damocles, vastgoed]
            regions: [limburg]
            place: Heerlen
            partners: [Gemeente Heerlen]
            period: "2023"
            status: lopend
            contact: Gemeente Heerlen
            sources: [najaarsbrief-2022]
            ---

            ## Aanleiding

            Tekst.
            """);
        Fixtures.Write(content, "index.md", """
            ---
            title: Kennisplatform Ondermijning
            summary: Kennis over de aanpak van ondermijning.
            date: 2026-11-01
            ---

            ## Welkom

            Welkom op het testplatform.

            ## Zo gebruikt u het platform

            - Begin bij de [thema's](/themas/).
            """);
        var set = ContentLoader.Load(content);
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        var renderer = new MarkdownRenderer();
        var rendered = set.Documents.Select(d => new RenderedDocument(d, renderer.Render(d.Body))).ToList();
        var pages = SitePageSet.Create(new Site(set.Documents, set.Taxonomies), rendered, d => related?.Invoke(d.Url) ?? []);
        var html = await new ThemeRenderer().RenderBatchAsync(pages.Select(p => p.Request).ToList());
        return pages.Select((p, i) => (p.FilePath, Html: html[i])).ToDictionary(x => x.FilePath, x => x.Html);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static string MainElement(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    [Fact]
    public async Task A_region_page_shows_each_item_once_grouped_by_type_with_its_themes_as_labels()
    {
        var html = MainElement((await RenderAsync())["regios/limburg/index.html"]);

        Assert.Equal(1, Count(html, "href=\"/praktijkvoorbeelden/twee-themas/\""));
        var item = html[html.IndexOf("href=\"/praktijkvoorbeelden/twee-themas/\"", StringComparison.Ordinal)..];
        item = item[..item.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("<a href=\"/themas/damocles/\">Damocles: sluiting van drugspanden</a>", item);
        Assert.Contains("<a href=\"/themas/vastgoed/\">Vastgoed en ondermijning</a>", item);
        Assert.Contains("id=\"kp-in-deze-regio-praktijkvoorbeeld\"", html);
        Assert.Contains("id=\"kp-in-deze-regio-handreiking\"", html);
    }

    [Fact]
    public async Task A_riec_region_page_names_its_contact_organisation()
    {
        var html = (await RenderAsync())["regios/limburg/index.html"];

        Assert.Contains("<dt>Contactorganisatie</dt>", html);
        Assert.Contains("<dd>RIEC Limburg</dd>", html);
    }

    [Fact]
    public async Task A_theme_page_lists_its_generated_lists_under_op_deze_pagina()
    {
        var html = (await RenderAsync())["themas/vastgoed/index.html"];

        var toc = html[html.IndexOf("id=\"kp-op-deze-pagina\"", StringComparison.Ordinal)..];
        toc = toc[..toc.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("href=\"#wat-is-het\"", toc);
        Assert.Contains("href=\"#kp-in-dit-thema-praktijkvoorbeeld\"", toc);
        Assert.Contains("href=\"#kp-in-dit-thema-kenniskring\"", toc);
        Assert.Contains("id=\"kp-in-dit-thema-praktijkvoorbeeld\"", html);
    }

    [Fact]
    public async Task Zie_ook_leaves_out_pages_the_theme_page_already_lists()
    {
        var html = (await RenderAsync(url => url == "/themas/vastgoed/"
            ? [new ListingItem("Vastgoed in Beeld Maastricht", "/praktijkvoorbeelden/vastgoed-in-beeld/", "Praktijkvoorbeeld", ""),
               new ListingItem("APV", "/begrippen/apv/", "Begrip", "")]
            : []))["themas/vastgoed/index.html"];

        var seeAlso = html[html.IndexOf("id=\"kp-zie-ook\"", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/begrippen/apv/\"", seeAlso);
        Assert.DoesNotContain("href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\"", seeAlso);
        Assert.Equal(1, Count(html, "href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\""));
    }

    [Fact]
    public async Task The_home_page_shows_the_guide_before_the_themes_and_a_line_per_theme()
    {
        var html = MainElement((await RenderAsync())["index.html"]);

        var guide = html.IndexOf("id=\"zo-gebruikt-u-het-platform\"", StringComparison.Ordinal);
        var themes = html.IndexOf("id=\"kp-themas\"", StringComparison.Ordinal);
        var welcome = html.IndexOf("id=\"welkom\"", StringComparison.Ordinal);
        Assert.True(guide >= 0 && guide < themes && themes < welcome, $"guide {guide}, themes {themes}, welcome {welcome}");
        Assert.Equal(1, Count(html, "id=\"zo-gebruikt-u-het-platform\""));
        Assert.Contains("<span class=\"tile-text\">Criminelen investeren drugsgeld in vastgoed en misbruiken panden.</span>", html);
    }

    [Fact]
    public async Task The_home_page_has_one_search_box()
    {
        var pages = await RenderAsync();

        Assert.Equal(1, Count(pages["index.html"], "type=\"search\""));
        Assert.Equal(1, Count(pages["themas/vastgoed/index.html"], "type=\"search\""));
    }

    [Fact]
    public async Task The_header_menu_is_a_disclosure_that_needs_no_script()
    {
        var html = (await RenderAsync())["themas/vastgoed/index.html"];

        var header = html[html.IndexOf("<header class=\"site-header\">", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
        Assert.Contains("<details class=\"site-menu\">", header);
        Assert.Contains("<summary>Menu</summary>", header);
        Assert.Contains("aria-label=\"Hoofdmenu\"", header);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_home_section_count_says_it_is_the_newest_few_of_all()
    {
        var documents = Enumerable.Range(1, 8).Select(i => Document($"handreikingen/h{i}.md", $"2020-01-0{i}")).ToList();
        var site = new Site(documents, FixtureTaxonomies.Table);
        var pages = SitePageSet.Create(site, [], _ => []);
        var home = (HomePageModel)pages.Single(p => p.FilePath == "index.html").Request.Model;

        var guides = home.Sections.Single(s => s.Id == "nieuw-handreiking");
        Assert.Equal(6, guides.Items.Count);
        Assert.Equal("6 nieuwste van 8", guides.CountText);
        Assert.Equal("Alle 8 handreikingen", guides.More!.Text);
    }

    private static Document Document(string path, string date)
    {
        var text = $"---\ntitle: {Path.GetFileNameWithoutExtension(path)}\nsummary: s\ndate: {date}\n---\n";
        return DocumentReader.Read(path, text, new List<Diagnostic>())!;
    }
}
