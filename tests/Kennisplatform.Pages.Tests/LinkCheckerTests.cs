using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Testing;

namespace Kennisplatform.Pages.Tests;

public class LinkCheckerTests
{
    private static IReadOnlyList<Diagnostic> Check(string relative, string text, params string[] assets)
    {
        using var temp = new TempFolder();
        Fixtures.CopyContent(temp.Path);
        Fixtures.Write(temp.Path, relative, text);
        var set = ContentLoader.Load(temp.Path);
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        var renderer = new MarkdownRenderer();
        var rendered = set.Documents.Select(d => new RenderedDocument(d, renderer.Render(d.Body))).ToList();
        return LinkChecker.Check(rendered, set.Assets.Concat(assets).ToList(), new HashSet<string>());
    }

    private const string Header = "---\ntitle: Test\nsummary: S\ndate: 2024\n---\n";

    [Fact]
    public void The_fixture_content_has_no_broken_links()
    {
        Assert.Empty(Check("test.md", Header + "Geen links.\n"));
    }

    [Fact]
    public void Broken_link_is_an_error_at_its_file_line_and_column()
    {
        var diagnostics = Check("test.md", Header + "\nZie [damocles](/themas/damokles/).\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("test.md", error.Path);
        Assert.Equal(7, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("broken link '/themas/damokles/': no page at /themas/damokles/ — did you mean '/themas/damocles/'?", error.Message);
    }

    [Fact]
    public void Anchor_that_is_no_heading_on_the_target_page_is_an_error()
    {
        var diagnostics = Check("test.md", Header + "[stappen](/handreikingen/damocles-menukaart/#stapen)\n");

        Assert.Contains("broken anchor '#stapen'", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Valid_links_anchors_listings_and_relative_paths_pass()
    {
        var diagnostics = Check("test.md", Header +
            "[a](/handreikingen/damocles-menukaart/#stappen) [b](/themas/) [c](/zoeken/?q=apv) [d](../themas/vastgoed/) " +
            "[e](https://example.org/) [f](mailto:info@example.org) [g](/handreikingen/damocles-menukaart)\n");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("htps://www.ccv.nl/", "only https://, http:// and mailto: addresses")]
    [InlineData("https:/www.ccv.nl/", "invalid external link")]
    [InlineData("https://localhost/", "not a complete web address")]
    [InlineData("https://www.ccv .nl/", "invalid external link")]
    [InlineData("www.ccv.nl", "has no scheme: write it as https://www.ccv.nl")]
    [InlineData("//www.ccv.nl/", "has no scheme: write it as https://www.ccv.nl/")]
    [InlineData("mailto:redactie", "invalid e-mail link")]
    [InlineData("javascript:alert(1)", "only https://, http:// and mailto: addresses")]
    public void External_link_with_invalid_syntax_is_an_error(string url, string expected)
    {
        var diagnostics = Check("test.md", Header + $"\nZie [het CCV](<{url}>).\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(7, error.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Complete_external_addresses_pass_without_a_network()
    {
        var diagnostics = Check("test.md", Header +
            "[a](https://wetten.overheid.nl/BWBR0001941/) [b](http://www.ccv.nl) [c](https://hdl.handle.net/20.500.12832/2319) " +
            "[d](mailto:redactie@example.nl?subject=Vraag) [e](https://www.rijksoverheid.nl/onderwerpen/ondermijning#kop)\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Missing_image_and_image_without_alt_text_are_errors()
    {
        var diagnostics = Check("test.md", Header + "![](/kaart.png)\n\n![Kaart van Limburg](/limburg.png)\n", "kaart.png");

        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("has no alt text", diagnostics[0].Message);
        Assert.Contains("image '/limburg.png' not found", diagnostics[1].Message);
    }
}
