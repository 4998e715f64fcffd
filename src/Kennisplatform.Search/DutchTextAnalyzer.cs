using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// The analysis chain for Dutch text, used alike at index and query time:
/// tokenise, lower-case, fold diacritics (geïntegreerd = geintegreerd), split compounds, drop stop words,
/// strip 's and -ies plurals,
/// Snowball Dutch stemming.
/// </summary>
public sealed class DutchTextAnalyzer(CompoundDictionary? compounds = null) : Analyzer
{
    /// <summary>The Lucene version the chain is built for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = FoldedStopWords();

    private readonly CompoundSplitter? _splitter = compounds is { Words.Count: > 0 } ? compounds.Splitter() : null;

    /// <summary>True for a Dutch stop word (folded, lower case).</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        if (_splitter is not null) stream = new DutchCompoundFilter(stream, _splitter);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new EnglishPossessiveFilter(Version, stream); // auto's → auto, café's → cafe
        stream = new DutchPluralFilter(stream);
        stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharArraySet FoldedStopWords()
    {
        var set = new CharArraySet(Version, 128, ignoreCase: true);
        foreach (var word in DutchAnalyzer.DefaultStopSet)
        {
            set.Add(Fold(word));
        }
        return set.AsReadOnly();
    }

    /// <summary>Folds diacritics the way <see cref="ASCIIFoldingFilter"/> does.</summary>
    public static string Fold(string text)
    {
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
