using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

public sealed class CompoundDictionaryTests
{
    [Fact]
    public void Words_the_content_uses_on_their_own_are_heads_and_further_words_found_inside_its_words_are_modifiers()
    {
        var dictionary = CompoundDictionary.Build(
            wordList: ["groepen", "beroep", "geïntegreerd", "zonder", "e-mail", "voors", "tellen"],
            corpusWords: ["groepen", "geïntegreerd", "zonder", "tellen"],
            candidates: ["beroep", "groepen", "zonder", "e-mail", "voors"]);

        // Heads folded, without stop words; modifiers letters only, six or more, not stop words, not heads already.
        Assert.Equal(["geintegreerd", "groepen", "tellen"], dictionary.Words);
        Assert.Equal(["beroep"], dictionary.Modifiers);
        Assert.Equal("beroep|groepen", string.Join('|', dictionary.Splitter().Split("beroepsgroepen")));
        Assert.Empty(dictionary.Splitter().Split("groepenberoep"));
        Assert.Empty(dictionary.Splitter().Split("voorstellen"));
    }

    [Fact]
    public void A_saved_dictionary_is_read_back_with_its_modifiers_and_one_without_them_splits_only_into_heads()
    {
        using var folder = new TempFolder();
        var dictionary = CompoundDictionary.Build(["groepen", "beroep"], ["groepen"], ["beroep"]);
        dictionary.Save(folder.Path);

        var read = CompoundDictionary.Load(folder.Path);
        Assert.Equal(dictionary.Words, read.Words);
        Assert.Equal(dictionary.Modifiers, read.Modifiers);

        File.Delete(Path.Combine(folder.Path, CompoundDictionary.ModifiersFileName));
        var older = CompoundDictionary.Load(folder.Path);
        Assert.Empty(older.Modifiers);
        Assert.Empty(older.Splitter().Split("beroepsgroepen"));
    }
}
