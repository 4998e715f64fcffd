using System.Text.RegularExpressions;
using Kennisplatform.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Search.Tests;

/// <summary>The remembered analysis must emit exactly what the filters emit when they run on every token.</summary>
public class WordTermsFilterTests
{
    // The site's own prose, with crafted cases: stop words at the start and end and in a row, possessives, plurals,
    // diacritics, compounds of stop words and of ordinary words, a token longer than the tokenizer keeps, numbers.
    private static readonly Lazy<IReadOnlyList<string>> Texts = new(() =>
        Directory.EnumerateFiles(Fixtures.SiteContentFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Prepend("De en het. Auto's, café's en organisaties; geïntegreerde GEMEENTEN van de van de " +
                     "vastgoedcriminaliteitsaanpak dedeenhet artikel 13b " + new string('x', 300) + " tot en met de")
            .Prepend("")
            .Prepend("de het een")
            .ToList());

    // Every word of the texts of five letters or more is a compound part: many words split, some in several ways.
    private static readonly Lazy<CompoundDictionary> Compounds = new(() => CompoundDictionary.Build(
        Texts.Value.SelectMany(t => Regex.Matches(t, @"\p{L}+").Select(m => m.Value.ToLowerInvariant())).Distinct().ToList(),
        Texts.Value.SelectMany(t => Regex.Matches(t, @"\p{L}+").Select(m => m.Value.ToLowerInvariant()))));

    [Fact]
    public void Dutch_analysis_emits_the_terms_positions_offsets_and_types_of_the_filters_on_every_token()
    {
        var compounds = Compounds.Value;
        var splitter = compounds.Splitter();
        using var remembered = new DutchTextAnalyzer(compounds);
        using var everyToken = new TokenByToken(stream => DutchTextAnalyzer.WordFilters(stream, splitter));
        var splits = 0;
        // Twice: the first pass fills what the analyzer remembers, the second reads it.
        foreach (var text in Texts.Value.Concat(Texts.Value))
        {
            var expected = Tokens(everyToken, text);
            Assert.Equal(expected, Tokens(remembered, text));
            splits += expected.Count(t => t.StartsWith("0 ", StringComparison.Ordinal));
        }
        Assert.True(splits > 100, $"the texts should exercise compound splitting ({splits} parts)");
    }

    [Fact]
    public void Exact_analysis_emits_what_the_filters_on_every_token_emit()
    {
        using var remembered = new ExactTextAnalyzer();
        using var everyToken = new TokenByToken(ExactTextAnalyzer.WordFilters);
        foreach (var text in Texts.Value) Assert.Equal(Tokens(everyToken, text), Tokens(remembered, text));
    }

    [Fact]
    public void Words_beyond_the_capacity_are_analysed_each_time_with_the_same_result()
    {
        var words = new WordTerms(s => DutchTextAnalyzer.WordFilters(s, null), capacity: 2);
        var first = words.Of("Gemeenten").Select(t => t.Text).ToList();
        words.Of("organisaties");
        words.Of("woningen");
        Assert.Equal(2, words.Count);
        Assert.Equal(first, words.Of("Gemeenten").Select(t => t.Text).ToList());
        Assert.Equal(["woning"], words.Of("woningen").Select(t => t.Text).ToList());
        Assert.Empty(words.Of("de"));
    }

    // Each token as "increment term start-end type", then the state after End.
    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{increment.PositionIncrement} {term} {offset.StartOffset}-{offset.EndOffset} {type.Type}");
        }
        stream.End();
        tokens.Add($"end {increment.PositionIncrement} {offset.EndOffset}");
        return tokens;
    }

    // The filters on every token of the standard tokenizer, as the chain ran before it remembered words.
    private sealed class TokenByToken(Func<TokenStream, TokenStream> filters) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(DutchTextAnalyzer.Version, reader);
            return new TokenStreamComponents(tokenizer, filters(tokenizer));
        }
    }
}
