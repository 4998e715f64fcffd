using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Kennisplatform.Search;

/// <summary>Tokenise, lower-case and fold, without stemming: the vocabulary for spelling suggestions.</summary>
public sealed class ExactTextAnalyzer : Analyzer
{
    // Lower-casing and folding work word by word: remembered per word, as in the Dutch chain.
    private readonly WordTerms _words = new(WordFilters);

    /// <summary>What this chain makes of each word after the tokenizer (shared with <see cref="PageTokens"/>).</summary>
    public WordTerms Words => _words;

    /// <summary>The filters after the tokenizer; each treats a word on its own.</summary>
    public static TokenStream WordFilters(TokenStream tokens) =>
        new ASCIIFoldingFilter(new LowerCaseFilter(DutchTextAnalyzer.Version, tokens));

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(DutchTextAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new WordTermsFilter(tokenizer, _words));
    }
}
