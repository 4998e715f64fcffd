using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

public sealed class WordListStampTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string List => Path.Combine(_temp.Path, "dutch");

    private string Memo => Path.Combine(_temp.Path, "word-list");

    // A minute on: the file was written "long ago" for the rule that a stamp is kept only for a file that stood still.
    private static DateTimeOffset Later => DateTimeOffset.UtcNow.AddMinutes(1);

    [Fact]
    public void A_word_list_that_did_not_change_gives_its_key_without_being_read()
    {
        File.WriteAllLines(List, ["gemeente", "vergunning", "Bibob"]);
        var first = WordListStamp.Open(List, Memo, Later);

        var second = WordListStamp.Open(List, Memo, Later);

        Assert.True(first.WordsRead);
        Assert.False(second.WordsRead);
        Assert.Equal(new WordList(["gemeente", "vergunning", "Bibob"]).Key, second.Key);
        Assert.Equal(first.Words, second.Words); // read when asked for
    }

    [Fact]
    public void A_word_list_written_again_is_read_again()
    {
        File.WriteAllLines(List, ["gemeente", "vergunning"]);
        WordListStamp.Open(List, Memo, Later);
        File.WriteAllLines(List, ["gemeente", "vergunning", "ondermijning"]);

        var changed = WordListStamp.Open(List, Memo, Later);

        Assert.True(changed.WordsRead);
        Assert.Equal(new WordList(["gemeente", "vergunning", "ondermijning"]).Key, changed.Key);
    }

    [Fact]
    public void A_word_list_written_just_before_the_build_has_no_key_kept()
    {
        File.WriteAllLines(List, ["gemeente"]);

        WordListStamp.Open(List, Memo, DateTimeOffset.UtcNow);

        Assert.False(File.Exists(Memo));
        Assert.True(WordListStamp.Open(List, Memo, DateTimeOffset.UtcNow).WordsRead);
    }

    [Fact]
    public void A_kept_key_cut_short_or_garbled_is_not_used()
    {
        File.WriteAllLines(List, ["gemeente", "vergunning"]);
        WordListStamp.Open(List, Memo, Later);
        var kept = File.ReadAllText(Memo);

        File.WriteAllText(Memo, kept[..^5]);
        Assert.True(WordListStamp.Open(List, Memo, Later).WordsRead);
        File.WriteAllText(Memo, kept.Replace("kp-word-list-v1\n", "kp-word-list-v1\nx"));
        Assert.True(WordListStamp.Open(List, Memo, Later).WordsRead);
        File.WriteAllText(Memo, kept);
        Assert.False(WordListStamp.Open(List, Memo, Later).WordsRead);
    }

    [Fact]
    public void Words_that_do_not_give_the_kept_key_are_never_taken_for_the_list()
    {
        File.WriteAllLines(List, ["gemeente", "vergunning"]);
        var list = WordList.OfFile(List, new WordList(["gemeente"]).Key);

        Assert.Throws<IOException>(() => list.Words);
    }

    [Fact]
    public void Without_a_word_list_file_the_list_is_empty()
    {
        var list = WordListStamp.Open(List, Memo, Later);

        Assert.Empty(list.Words);
        Assert.False(File.Exists(Memo));
    }
}
