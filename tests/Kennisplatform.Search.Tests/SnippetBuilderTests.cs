using Kennisplatform.Search;

namespace Kennisplatform.Search.Tests;

public sealed class SnippetBuilderTests
{
    private const string Summary = "De gemeente sloot het pand na signalen van witwassen; de verhuurder werkte mee aan de sluiting.";

    [Fact]
    public void A_summary_shown_again_is_marked_for_the_words_of_each_search()
    {
        var analyzer = SearchAnalyzers.Create();
        var builder = new SnippetBuilder(analyzer);
        var pand = Terms(analyzer, "pand");
        var verhuurder = Terms(analyzer, "verhuurder");

        var first = builder.Build(IndexFields.Summary, Summary, pand);
        var second = builder.Build(IndexFields.Summary, Summary, verhuurder);
        var none = builder.Build(IndexFields.Summary, Summary, Terms(analyzer, "drugslab"));

        Assert.Contains("<mark>pand</mark>", first);
        Assert.DoesNotContain("<mark>verhuurder</mark>", first);
        Assert.Contains("<mark>verhuurder</mark>", second);
        Assert.DoesNotContain("<mark>pand</mark>", second);
        Assert.Null(none);
        // The same as a builder that analyses the summary for the first time.
        Assert.Equal(new SnippetBuilder(analyzer).Build(IndexFields.Summary, Summary, verhuurder), second);
    }

    private static HashSet<string> Terms(Lucene.Net.Analysis.Analyzer analyzer, string word) =>
        [.. AnalyzedTerms.Of(analyzer, IndexFields.Summary, word)];
}
