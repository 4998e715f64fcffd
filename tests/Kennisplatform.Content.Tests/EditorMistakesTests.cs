using Kennisplatform.Content;

namespace Kennisplatform.Content.Tests;

/// <summary>What an editor meets with a new page: template leftovers, colons in values, references by title.</summary>
public class EditorMistakesTests
{
    private static Document Read(string path, string text)
    {
        var diagnostics = new List<Diagnostic>();
        return DocumentReader.Read(path, text, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    [Fact]
    public void An_unquoted_colon_in_a_value_gets_a_dutch_hint_to_quote_it()
    {
        var diagnostics = new List<Diagnostic>();
        FrontMatter.Parse("x.md", "---\ntitle: Vastgoed: wat werkt\nsummary: A\n---\n", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(2, error.Line);
        Assert.EndsWith("zet de hele waarde tussen aanhalingstekens: title: \"Vastgoed: wat werkt\"", error.Message);
    }

    [Fact]
    public void Another_yaml_error_gets_no_colon_hint()
    {
        var diagnostics = new List<Diagnostic>();
        FrontMatter.Parse("x.md", "---\ntitle: \"Vastgoed: wat werkt\"\nsummary: [open\n---\n", diagnostics);

        Assert.DoesNotContain("dubbele punt", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Template_placeholders_marked_examples_and_template_text_are_errors_at_their_lines()
    {
        var document = Read("handreikingen/nieuw.md",
            "---\ntitle: \"Nieuw\"\nsummary: \"Vul hier in waarvoor deze handreiking is.\"\npublisher: Vul de uitgever in\n" +
            "themes: [damocles]  # voorbeeld: vervang\naudience: [Vul de doelgroep in, gemeenten]\n---\n\n## Stappen\n\n1. Eerste stap.\n2. Eigen stap.\n   2. Tweede stap.  \n2. Tweede stap, aangepast.\n");

        var messages = TemplateText.Check(document, TemplateText.BodyLines("## Stappen\n\n1. Eerste stap.\n2. Tweede stap.\n"))
            .Select(d => $"{d.Line}:{d.Column}: {d.Message}").ToList();

        Assert.Equal(
        [
            "5:1: example value from the template in 'themes': replace it with this page's own value and remove the comment '# voorbeeld'",
            "3:10: placeholder from the template in 'summary': replace 'Vul hier in waarvoor deze handreiking is.' with the real value",
            "4:12: placeholder from the template in 'publisher': replace 'Vul de uitgever in' with the real value",
            "6:12: placeholder from the template in 'audience': replace 'Vul de doelgroep in' with the real value",
            "11:1: text from the template left in: replace or remove '1. Eerste stap.'",
            "13:4: text from the template left in: replace or remove '2. Tweede stap.'",
        ], messages);
    }

    [Fact]
    public void Filled_in_values_that_merely_start_with_vul_are_not_placeholders()
    {
        Assert.False(TemplateText.IsPlaceholder("Vulkanisch gesteente in Limburg"));
        Assert.True(TemplateText.IsPlaceholder("Vul de plaats in"));
    }

    [Theory]
    [InlineData("Ondermijning in het buitengebied")]
    [InlineData("ondermijning-in-het-buitengebied")]
    [InlineData("/themas/buitengebied/")]
    [InlineData("https://www.kennisplatformondermijning.nl/themas/buitengebied/")]
    [InlineData("buitengebeid")]
    public void A_theme_written_as_title_address_or_misspelt_slug_gets_its_slug_suggested(string written)
    {
        var themes = new[]
        {
            Read("themas/buitengebied.md", "---\ntitle: \"Ondermijning in het buitengebied\"\n---\n"),
            Read("themas/vastgoed.md", "---\ntitle: \"Vastgoed en ondermijning\"\n---\n"),
        };

        Assert.Equal(" — did you mean 'buitengebied'?", ReferenceHint.For(written, themes, DocumentType.Thema));
    }
}
