using Kennisplatform.Content;
using Kennisplatform.Testing;

namespace Kennisplatform.Content.Tests;

/// <summary>The rules of the type <c>nieuws</c>: a full date, themes, and a <c>bron</c> that is a publication or an https address.</summary>
public class NewsRulesTests
{
    private static ContentSet LoadWith(TempFolder temp, string frontMatter)
    {
        Fixtures.CopyContent(temp.Path);
        Fixtures.Write(temp.Path, "nieuws/bericht.md", $"---\n{frontMatter}\n---\nTekst.\n");
        // What the build's check sees: the folder as read, plus the validator's diagnostics.
        var set = ContentLoader.Load(temp.Path);
        return set with { Diagnostics = [.. set.Diagnostics, .. ContentValidator.Validate(set.Documents, set.Taxonomies)] };
    }

    private static IReadOnlyList<Diagnostic> ErrorsOf(ContentSet set) =>
        set.Diagnostics.Where(d => d.Severity == Severity.Error && d.Path == "nieuws/bericht.md").ToList();

    [Fact]
    public void A_news_item_lives_under_actueel_and_needs_no_sources()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "title: Bericht\nsummary: Iets gebeurde.\ndate: 2022-11-04\nthemes: [damocles]");

        Assert.Empty(set.Diagnostics);
        var item = Assert.Single(set.Documents, d => d.SourcePath == "nieuws/bericht.md");
        Assert.Equal(DocumentType.Nieuws, item.Type);
        Assert.Equal("/actueel/bericht/", item.Url);
    }

    [Theory]
    [InlineData("2022-11")]
    [InlineData("2022")]
    [InlineData("4 november 2022")]
    public void A_news_item_without_the_full_date_is_an_error_at_its_line(string date)
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, $"title: Bericht\nsummary: Iets gebeurde.\ndate: {date}\nthemes: [damocles]");

        var error = Assert.Single(ErrorsOf(set));
        Assert.Equal((4, 7), (error.Line, error.Column));
        Assert.Contains("give the full date as YYYY-MM-DD", error.Message);
    }

    [Fact]
    public void A_news_item_without_date_or_themes_names_both_fields()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "title: Bericht\nsummary: Iets gebeurde.");

        var messages = ErrorsOf(set).Select(d => d.Message).ToList();
        Assert.Contains("missing required field 'date' for a nieuws", messages);
        Assert.Contains("missing required field 'themes' for a nieuws", messages);
    }

    [Theory]
    [InlineData("najaarsbrief-2022")]
    [InlineData("https://www.rijksoverheid.nl/onderwerpen/georganiseerde-criminaliteit")]
    public void Bron_may_be_a_publication_or_an_https_address(string bron)
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, $"title: Bericht\nsummary: Iets gebeurde.\ndate: 2022-11-04\nthemes: [damocles]\nbron: {bron}");

        Assert.Empty(set.Diagnostics);
    }

    [Theory]
    [InlineData("najaarsbrief-2021", "did you mean 'najaarsbrief-2022'?")]
    [InlineData("http://www.rijksoverheid.nl/", "or an https:// address")]
    [InlineData("www.rijksoverheid.nl", "or an https:// address")]
    public void Bron_that_is_neither_is_an_error_at_its_line(string bron, string expected)
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, $"title: Bericht\nsummary: Iets gebeurde.\ndate: 2022-11-04\nthemes: [damocles]\nbron: {bron}");

        var error = Assert.Single(ErrorsOf(set));
        Assert.Equal((6, 7), (error.Line, error.Column));
        Assert.Contains(expected, error.Message);
    }
}
