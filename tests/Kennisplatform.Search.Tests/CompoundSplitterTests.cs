using Kennisplatform.Search;

namespace Kennisplatform.Search.Tests;

public class CompoundSplitterTests
{
    private static readonly HashSet<string> Words =
        ["vastgoed", "criminaliteit", "drugs", "drug", "dumping", "belasting", "aangifte", "meester", "woning", "corporaties", "rijk", "overheid", "stad", "huis", "aan", "pak", "vast", "goed", "bloem", "veiling"];

    private readonly CompoundSplitter _splitter = new(Words.Contains);

    [Theory]
    [InlineData("vastgoedcriminaliteit", "vastgoed|criminaliteit")]
    [InlineData("drugsdumping", "drugs|dumping")]
    [InlineData("belastingaangifte", "belasting|aangifte")]
    [InlineData("woningcorporaties", "woning|corporaties")]
    [InlineData("bloemenveiling", "bloem|veiling")]
    [InlineData("rijksoverheid", "")]
    [InlineData("stadhuis", "")]
    [InlineData("vastgoed", "")]
    [InlineData("aanpak", "")]
    public void Compounds_of_known_words_of_five_letters_or_more_split_at_linking_sounds(string word, string parts)
    {
        Assert.Equal(parts, string.Join('|', _splitter.Split(word)));
    }

    [Theory]
    [InlineData("burgemeester")]
    [InlineData("regering")]
    [InlineData("criminaliteit")]
    [InlineData("vastgoedx")]
    public void Words_that_only_contain_a_known_word_stay_whole(string word)
    {
        Assert.Empty(_splitter.Split(word));
    }

    // Words of a word list that the site never uses on their own: beginnings of words (betrok, beperk) and endings
    // (kenen, ingen) as well as real modifiers (beroep).
    private static readonly HashSet<string> Modifiers = ["beroep", "betrok", "kenen", "beperk", "ingen", "geheim"];

    private readonly CompoundSplitter _withModifiers = new(Words.Contains, isModifier: Modifiers.Contains);

    [Theory]
    [InlineData("beroepsdrugs", "beroep|drugs")]
    [InlineData("beroepsgeheimvastgoed", "beroep|geheim|vastgoed")]
    [InlineData("betrokkenen", "")]
    [InlineData("beperkingen", "")]
    [InlineData("vastgoedberoep", "")]
    [InlineData("drugsgeheim", "")]
    public void Parts_before_the_last_may_be_any_word_of_the_list_but_the_last_must_be_a_word_the_site_uses(string word, string parts)
    {
        Assert.Equal(parts, string.Join('|', _withModifiers.Split(word)));
    }
}
