using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

/// <summary>With the real Dutch word list and the site's own words, splitting must not wreck ordinary words.</summary>
public class DutchCompoundPrecisionTests
{
    // The 413 000-word list and the site's words are read once for all cases (immutable once built): the site's words as
    // heads, and every word of the list inside them as a part before the last, as the build makes the dictionary.
    private static readonly Lazy<CompoundDictionary> Dictionary = new(() =>
    {
        var texts = Directory.EnumerateFiles(Fixtures.SiteContentFolder, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var corpus = texts.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"\p{L}+").Select(m => m.Value.ToLowerInvariant()));
        var list = CompoundDictionary.ReadSystemWordList().ToList();
        return CompoundDictionary.Build(list, corpus, new CompoundCandidates(list).In(texts));
    });

    private static DutchTextAnalyzer Analyzer()
    {
        Assert.True(File.Exists(CompoundDictionary.SystemWordList),
            $"{CompoundDictionary.SystemWordList} is missing: install Debian's wdutch (scripts/test.sh does)");
        return new DutchTextAnalyzer(Dictionary.Value);
    }

    [Theory]
    [InlineData("gemeente")]
    [InlineData("burgemeester")]
    [InlineData("organisatie")]
    [InlineData("criminaliteit")]
    [InlineData("bestuurlijke")]
    [InlineData("regering")]
    [InlineData("verhuurder")]
    [InlineData("ondermijning")]
    [InlineData("handhaving")]
    [InlineData("opsporing")]
    [InlineData("marechaussee")]
    [InlineData("samenleving")]
    [InlineData("informatie")]
    [InlineData("aanpak")]
    [InlineData("analyse")]
    [InlineData("vastgoed")]
    [InlineData("wijkagent")]
    // Words whose ending is a word of the list (kenen, ingen, ellen, lende) but not one the site uses on its own.
    [InlineData("betrokkenen")]
    [InlineData("beperkingen")]
    [InlineData("bevindingen")]
    [InlineData("wijzigingen")]
    [InlineData("voorstellen")]
    [InlineData("verschillende")]
    [InlineData("maastricht")]
    public void Ordinary_words_are_not_split(string word)
    {
        using var analyzer = Analyzer();
        Assert.Single(AnalyzedTerms.Of(analyzer, "body", word));
    }

    [Theory]
    [InlineData("vastgoedcriminaliteit", "vastgoed", "criminaliteit")]
    [InlineData("drugsdumping", "drug", "dumping")]
    [InlineData("woningcorporaties", "woning", "corporatie")]
    [InlineData("politiecapaciteit", "politie", "capaciteit")]
    // A first part the site never uses on its own.
    [InlineData("beroepsgroepen", "beroep", "groep")]
    public void Compounds_are_split_into_stemmed_parts(string word, string first, string second)
    {
        using var analyzer = Analyzer();
        var terms = AnalyzedTerms.WithPositions(analyzer, "body", word);

        Assert.Contains(terms, t => t.Term == first && t.Position == 0);
        Assert.Contains(terms, t => t.Term == second && t.Position == 0);
    }
}
