using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Kennisplatform.Search;

/// <summary>Tokenise, lower-case and fold, without stemming: the vocabulary for spelling suggestions.</summary>
public sealed class ExactTextAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(DutchTextAnalyzer.Version, reader);
        TokenStream stream = new LowerCaseFilter(DutchTextAnalyzer.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
