using Kennisplatform.Content;

namespace Kennisplatform.Content.Tests;

public class FrontMatterTests
{
    private static (FrontMatter? FrontMatter, List<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (FrontMatter.Parse("x.md", text, diagnostics), diagnostics);
    }

    [Fact]
    public void Fields_keep_the_line_and_column_where_they_are_written()
    {
        var (fm, diagnostics) = Parse("---\ntitle: Damocles\nthemes:\n  - damocles\n  - vastgoed\n---\nBody\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, fm!["title"]!.Line);
        var themes = Assert.IsType<FrontMatterList>(fm["themes"]!.Value);
        Assert.Equal(["damocles", "vastgoed"], themes.Items.Cast<FrontMatterScalar>().Select(s => s.Text));
        Assert.Equal(5, themes.Items[1].Line);
        Assert.Equal(5, themes.Items[1].Column);
    }

    [Fact]
    public void Body_starts_after_the_closing_line()
    {
        var (fm, _) = Parse("---\ntitle: A\n---\n\nFirst paragraph\n");

        Assert.Equal(4, fm!.BodyLine);
        Assert.Equal("\nFirst paragraph\n", fm.Body);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_line_in_the_file()
    {
        var (fm, diagnostics) = Parse("---\ntitle: A\nsummary: [open list\ndate: 2021-01-01\n---\n");

        Assert.Null(fm);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.InRange(error.Line, 3, 5);
        Assert.StartsWith("invalid YAML in front matter", error.Message);
    }

    [Fact]
    public void Missing_front_matter_is_an_error_on_line_one()
    {
        var (fm, diagnostics) = Parse("# Just markdown\n");

        Assert.Null(fm);
        Assert.Equal("x.md:1:1: error: missing front matter: the file must start with a line '---'", diagnostics.Single().ToString());
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var (fm, diagnostics) = Parse("---\ntitle: A\n");

        Assert.Null(fm);
        Assert.Contains("not closed", diagnostics.Single().Message);
    }

    [Fact]
    public void A_field_given_twice_is_an_error_at_the_second()
    {
        var (_, diagnostics) = Parse("---\ntitle: A\ntitle: B\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_accepted()
    {
        var (fm, diagnostics) = Parse("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n");

        Assert.Empty(diagnostics);
        Assert.Equal("A", ((FrontMatterScalar)fm!["title"]!.Value).Text);
    }
}
