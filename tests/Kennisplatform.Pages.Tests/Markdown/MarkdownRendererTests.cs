using Kennisplatform.Pages.Markdown;

namespace Kennisplatform.Pages.Tests.Markdown;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Tables_render_as_html_tables()
    {
        var html = _renderer.Render("| Stap | Wie |\n|---|---|\n| Wegen | burgemeester |\n").Html;

        Assert.Contains("<table>", html);
        Assert.Contains("<td>burgemeester</td>", html);
    }

    [Fact]
    public void Footnotes_render_with_a_back_reference()
    {
        var html = _renderer.Render("Tekst.[^1]\n\n[^1]: Bron.\n").Html;

        Assert.Contains("class=\"footnote-ref\"", html);
        Assert.Contains("Bron.", html);
    }

    [Fact]
    public void Headings_get_ids_that_anchors_and_the_table_of_contents_use()
    {
        var result = _renderer.Render("## Wat is het?\n\n### Aanpak en instrumenten\n");

        Assert.Contains("<h2 id=\"wat-is-het\">", result.Html);
        Assert.Equal(["wat-is-het", "aanpak-en-instrumenten"], result.Headings.Select(h => h.Id));
        Assert.Equal("Wat is het?", result.Headings[0].Text);
    }

    [Fact]
    public void Bare_web_addresses_become_links()
    {
        var html = _renderer.Render("Zie https://www.rijksoverheid.nl voor meer.").Html;

        Assert.Contains("<a href=\"https://www.rijksoverheid.nl\">", html);
    }

    [Fact]
    public void Harmless_inline_tags_stay()
    {
        var html = _renderer.Render("H<sub>2</sub>O en m<sup>2</sup>, <b>vet</b> en <i>schuin</i>,<br>nieuwe regel").Html;

        Assert.Contains("H<sub>2</sub>O", html);
        Assert.Contains("m<sup>2</sup>", html);
        Assert.Contains("<b>vet</b>", html);
        Assert.Contains("<i>schuin</i>", html);
        Assert.Contains("<br>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>\n\nTekst", "alert(1)")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "iframe")]
    [InlineData("<style>body{display:none}</style>", "display:none")]
    [InlineData("Tekst <img src=x onerror=alert(1)> meer", "onerror")]
    [InlineData("<b onclick=\"steal()\">vet</b>", "onclick")]
    [InlineData("<p style=\"position:fixed\">tekst</p>", "position:fixed")]
    [InlineData("<div><script>evil()</script></div>", "evil()")]
    [InlineData("<a href=\"javascript:alert(1)\">klik</a>", "javascript:")]
    [InlineData("[klik](javascript:alert(1))", "javascript:")]
    [InlineData("<svg onload=alert(1)><circle/></svg>", "onload")]
    public void Dangerous_html_never_reaches_the_page(string markdown, string forbidden)
    {
        var html = _renderer.Render(markdown).Html;

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Plain_text_for_the_index_has_no_markup()
    {
        var text = _renderer.Render("## Kop\n\nEen **vette** [link](/x/) en <b>html</b>.\n\n<script>evil()</script>\n").PlainText;

        Assert.Contains("Kop", text);
        Assert.Contains("Een vette link en", text);
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain("evil", text);
    }

    [Fact]
    public void Links_are_collected_with_their_line_and_column()
    {
        var links = _renderer.Render("Eerste regel\n\nZie [de handreiking](/handreikingen/x/#stappen).\n![kaart](kaart.png)\n").Links;

        var link = links[0];
        Assert.Equal("/handreikingen/x/#stappen", link.Url);
        Assert.Equal(2, link.Line);
        Assert.Equal(5, link.Column);
        Assert.True(links[1].IsImage);
        Assert.True(links[1].HasAltText);
    }

    [Fact]
    public void Words_on_consecutive_lines_stay_apart_in_plain_text()
    {
        Assert.Contains("eerste regel tweede", _renderer.Render("eerste regel\ntweede regel").PlainText);
    }

    [Fact]
    public void Plain_text_has_its_words_one_space_apart_across_blocks_breaks_and_code()
    {
        var text = _renderer.Render("# Kop  één\n\n  Eerste\tregel  \ntweede `co  de`  regel\\\nna de breuk\n\n    code\tblok\n    regel\n\n- item\n- ander  item\n").PlainText;

        Assert.Equal("Kop één Eerste regel tweede co de regel na de breuk code blok regel item ander item", text);
    }

    [Fact]
    public void Tables_scroll_in_a_region_that_takes_keyboard_focus()
    {
        var html = _renderer.Render("| a | b |\n|---|---|\n| 1 | 2 |\n").Html;

        Assert.Contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\">", html);
        Assert.True(html.IndexOf("<table>", StringComparison.Ordinal) > html.IndexOf("table-scroll", StringComparison.Ordinal));
        Assert.Contains("</table>\n</div>", html);
    }
}
