using Kennisplatform.Search;

namespace Kennisplatform.Search.Tests;

public class DutchTextAnalyzerTests
{
    private static IReadOnlyList<string> Terms(string text)
    {
        using var analyzer = new DutchTextAnalyzer();
        return AnalyzedTerms.Of(analyzer, "body", text);
    }

    [Fact]
    public void Diacritics_are_folded()
    {
        Assert.Equal(Terms("geintegreerd"), Terms("geïntegreerd"));
    }

    [Fact]
    public void Plural_and_singular_share_a_stem()
    {
        Assert.Equal(Terms("woningcorporatie"), Terms("woningcorporaties"));
        Assert.Equal(Terms("gemeente"), Terms("gemeenten"));
    }

    [Fact]
    public void Dutch_stop_words_are_dropped()
    {
        Assert.Equal(Terms("aanpak ondermijning"), Terms("de aanpak van de ondermijning"));
    }

    [Fact]
    public void Acronyms_and_article_numbers_survive_as_terms()
    {
        Assert.Contains("13b", Terms("artikel 13b Opiumwet"));
        Assert.Single(Terms("RIEC"));
    }
}
