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
/// Snowball Dutch stemming. Everything after the tokenizer works word by word (<see cref="WordFilters"/>), so each
/// instance remembers what it made of a word (<see cref="WordTerms"/>) instead of running the filters on every token.
/// </summary>
public sealed class DutchTextAnalyzer : Analyzer
{
    /// <summary>The Lucene version the chain is built for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = FoldedStopWords();

    private readonly WordTerms _words;

    /// <summary>The chain, splitting compounds into the words of <paramref name="compounds"/> (none when null or empty).</summary>
    public DutchTextAnalyzer(CompoundDictionary? compounds = null)
    {
        var splitter = compounds is { Words.Count: > 0 } ? compounds.Splitter() : null;
        _words = new WordTerms(stream => WordFilters(stream, splitter));
    }

    /// <summary>What this chain makes of each word after the tokenizer (shared with <see cref="PageTokens"/>).</summary>
    public WordTerms Words => _words;

    /// <summary>True for a Dutch stop word (folded, lower case).</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>The filters after the tokenizer; each treats a word on its own, whatever its neighbours.</summary>
    public static TokenStream WordFilters(TokenStream tokens, CompoundSplitter? splitter)
    {
        TokenStream stream = new LowerCaseFilter(Version, tokens);
        stream = new ASCIIFoldingFilter(stream);
        if (splitter is not null) stream = new DutchCompoundFilter(stream, splitter);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new EnglishPossessiveFilter(Version, stream); // auto's → auto, café's → cafe
        stream = new DutchPluralFilter(stream);
        return new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new WordTermsFilter(tokenizer, _words));
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
        // Plain ASCII folds to itself: most words, and the whole of a word list, need no copy.
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u007f')) return text;
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
