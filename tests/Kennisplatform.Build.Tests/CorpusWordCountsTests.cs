using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

public sealed class CorpusWordCountsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string[] Keys = ["a", "b", "c", "d", "e"];

    private static readonly IReadOnlyCollection<string>[] Words =
    [
        ["gemeente", "pand", "sluiting"],
        ["gemeente", "vergunning"],
        ["pand", "eigenaar"],
        ["gemeente"],
        ["drugs", "pand"],
    ];

    [Fact]
    public void An_edit_takes_the_old_words_of_the_file_out_and_puts_its_new_words_in()
    {
        var before = CorpusWordCounts.Count(Keys, Words);
        string[] keys = ["a", "b2", "c", "d", "e"];
        IReadOnlyCollection<string>[] words = [Words[0], ["vergunning", "bibob"], Words[2], Words[3], Words[4]];

        var updated = before.Update(keys, i => words[i], key => key == "b" ? Words[1] : null);

        Assert.NotNull(updated);
        var recounted = CorpusWordCounts.Count(keys, words);
        Assert.Equal(recounted.Words.Order(), updated.Words.Order());
        Assert.Contains("bibob", updated.Words);
        Assert.Contains("gemeente", updated.Words); // still on three other pages
        Assert.Equal(keys.Order(), updated.Documents.Order());
    }

    [Fact]
    public void A_word_leaves_the_counts_with_the_last_file_that_had_it()
    {
        var before = CorpusWordCounts.Count(Keys, Words);
        string[] keys = ["a", "b", "c2", "d", "e"];

        var updated = before.Update(keys, i => i == 2 ? ["pand"] : Words[i], key => key == "c" ? Words[2] : null);

        Assert.NotNull(updated);
        Assert.DoesNotContain("eigenaar", updated.Words);
        Assert.Contains("pand", updated.Words);
    }

    [Fact]
    public void Counts_are_made_again_when_the_words_of_a_file_that_is_gone_are_not_known()
    {
        var before = CorpusWordCounts.Count(Keys, Words);

        Assert.Null(before.Update(["a", "b", "c", "d"], i => Words[i], _ => null));
        // Words that were not those counted for the file would make a count fall below one.
        Assert.Null(before.Update(["a", "b", "c", "d"], i => Words[i], _ => ["onbekend"]));
    }

    [Fact]
    public void Counts_are_made_again_when_most_files_changed()
    {
        var before = CorpusWordCounts.Count(Keys, Words);

        Assert.Null(before.Update(["v", "w", "x", "y", "z"], i => Words[i], key => Words[Array.IndexOf(Keys, key)]));
    }

    [Fact]
    public void Counts_are_read_back_as_written_and_never_when_cut_short_or_garbled()
    {
        var file = Path.Combine(_temp.Path, "word-counts");
        var counts = CorpusWordCounts.Count(Keys, Words);
        Assert.True(counts.Write(file));

        var read = CorpusWordCounts.Read(file);
        Assert.NotNull(read);
        Assert.Equal(counts.Words.Order(), read.Words.Order());
        Assert.Equal(counts.Documents.Order(), read.Documents.Order());
        // The counts read back are counts: the last file with a word takes it out.
        Assert.DoesNotContain("drugs", read.Update(Keys[..4], i => Words[i], key => key == "e" ? Words[4] : null)!.Words);

        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^3]);
        Assert.Null(CorpusWordCounts.Read(file));
        File.WriteAllText(file, "garbage");
        Assert.Null(CorpusWordCounts.Read(file));
        File.Delete(file);
        Assert.Null(CorpusWordCounts.Read(file));
    }

    [Fact]
    public void The_words_the_list_has_are_those_the_dictionary_takes_and_are_looked_up_only_for_words_new_to_the_counts()
    {
        var listFile = Path.Combine(_temp.Path, "dutch");
        File.WriteAllLines(listFile, ["Gemeente", "eigenaar ", "vergunning", "sluiting", "bibob"]);
        var key = new WordList(File.ReadLines(listFile)).Key;
        var before = CorpusWordCounts.Count(Keys, Words);
        Assert.Equal(["eigenaar", "gemeente", "sluiting", "vergunning"], before.InList(new WordList(File.ReadLines(listFile))).Order());
        var file = Path.Combine(_temp.Path, "word-counts");
        Assert.True(before.Write(file));

        // The page keeps its words and loses one that others have: the list is not read.
        var unread = WordList.OfFile(listFile, key);
        var same = CorpusWordCounts.Read(file)!.Update(["a2", "b", "c", "d", "e"], i => i == 0 ? ["gemeente", "sluiting"] : Words[i], k => k == "a" ? Words[0] : null)!;
        Assert.Equal(["eigenaar", "gemeente", "sluiting", "vergunning"], same.InList(unread).Order());
        Assert.False(unread.WordsRead);

        // Words new to the counts that the dictionary could never take (a number, a short word) need no list read.
        var numbers = WordList.OfFile(listFile, key);
        var withNumbers = CorpusWordCounts.Read(file)!.Update(["a3", "b", "c", "d", "e"], i => i == 0 ? [.. Words[0], "2026", "bv"] : Words[i], k => k == "a" ? Words[0] : null)!;
        Assert.Equal(["eigenaar", "gemeente", "sluiting", "vergunning"], withNumbers.InList(numbers).Order());
        Assert.False(numbers.WordsRead);

        // A word new to the counts is looked up; a word that left the counts leaves the list's words.
        IReadOnlyCollection<string>[] words = [Words[0], Words[1], ["pand", "bibob", "woning"], Words[3], Words[4]];
        var read = WordList.OfFile(listFile, key);
        var updated = CorpusWordCounts.Read(file)!.Update(["a", "b", "c2", "d", "e"], i => words[i], k => k == "c" ? Words[2] : null)!;
        Assert.Equal(["bibob", "gemeente", "sluiting", "vergunning"], updated.InList(read).Order());
        Assert.Equal(CompoundDictionary.InList(File.ReadLines(listFile), updated.Words).Order(), updated.InList(read).Order());
        Assert.True(read.WordsRead);

        // Another list: all words are looked up in it.
        Assert.Equal(["gemeente"], updated.InList(new WordList(["gemeente"])));
    }

    [Fact]
    public void Counts_that_cannot_be_written_are_skipped_like_every_other_cache_entry()
    {
        var file = Path.Combine(_temp.Path, "gone", "word-counts");
        var counts = CorpusWordCounts.Count(Keys, Words);

        Assert.False(counts.Write(file));

        Assert.Null(CorpusWordCounts.Read(file));
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }
}
