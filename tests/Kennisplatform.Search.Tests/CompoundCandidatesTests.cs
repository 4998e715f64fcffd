using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

/// <summary>The candidates a text could be split into are every word-list word inside a stretch long enough to split.</summary>
public class CompoundCandidatesTests
{
    // Words longer than 63 letters share one length bit; these make sure the longest are still found.
    private static readonly string Long = "kennisplatformondermijningsaanpakbestuurlijkeweerbaarheidsverhogingsprogramma";

    [Fact]
    public void Candidates_are_every_word_of_the_list_inside_a_stretch_of_two_parts_or_more()
    {
        var list = DutchWordList.All.Words.Concat([Long, Long[..64], Long[..63], Long[..62], "Überwachung"]).ToList();
        var candidates = new CompoundCandidates(list);
        var words = list.Select(w => DutchTextAnalyzer.Fold(w.Trim().ToLowerInvariant()))
            .Where(w => w.Length >= CompoundDictionary.MinPartLength).ToHashSet(StringComparer.Ordinal);
        var texts = Directory.EnumerateFiles(Fixtures.SiteContentFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Append($"de {Long}s en {Long[..63]}x, uberwachungsvastgoed VASTGOEDCRIMINALITEIT geïntegreerde\tdrugsdumping")
            .ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var expected = EverySubstring(text, words);
            Assert.Equal(expected, candidates.In([text]));
            found += expected.Count;
        }
        Assert.True(found > 1000, $"the texts should have many candidates ({found})");
        Assert.Contains(Long, candidates.In([texts[^1]]));
        Assert.Contains("uberwachung", candidates.In([texts[^1]]));
    }

    [Fact]
    public void Heads_are_the_candidates_that_end_where_a_word_can_end()
    {
        var candidates = new CompoundCandidates(["beroep", "groepen", "groep", "geheim", "vastgoed", "zaken"]);

        var found = candidates.Of(["De beroepsgroepen, het beroepsgeheim en vastgoed-zaken."]);

        Assert.Equal(["beroep", "geheim", "groep", "groepen", "vastgoed", "zaken"], found.All);
        // groep is followed by "en", beroep by "s"; vastgoed ends before a hyphen, zaken before the full stop.
        Assert.Equal(["geheim", "groepen", "vastgoed", "zaken"], found.Heads);
    }

    // The plain definition: every substring of five letters or more of every long enough stretch, looked up.
    private static List<string> EverySubstring(string text, HashSet<string> words)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var folded = DutchTextAnalyzer.Fold(text.ToLowerInvariant());
        var stretches = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in folded + " ")
        {
            if (!char.IsWhiteSpace(c))
            {
                current.Append(c);
                continue;
            }
            stretches.Add(current.ToString());
            current.Clear();
        }
        foreach (var stretch in stretches)
        {
            if (stretch.Length < 2 * CompoundDictionary.MinPartLength) continue;
            for (var from = 0; from < stretch.Length; from++)
            {
                for (var length = CompoundDictionary.MinPartLength; from + length <= stretch.Length; length++)
                {
                    if (words.Contains(stretch.Substring(from, length))) found.Add(stretch.Substring(from, length));
                }
            }
        }
        return found.Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Candidates_kept_in_a_folder_are_read_back_whole_and_made_again_when_garbled()
    {
        using var folder = new TempFolder();
        string[] words = ["vastgoed", "criminaliteit", "drugs", "dumping", "geïntegreerd", "aanpak", Long];
        var text = "vastgoedcriminaliteit en drugsdumping, de geintegreerde aanpak: " + Long + "s";
        var expected = new CompoundCandidates(words).In([text]);
        Assert.Contains("vastgoed", expected);

        var first = CompoundCandidates.Kept(new WordList(words), folder.Path);
        Assert.Equal(expected, first.In([text]));
        var file = Assert.Single(Directory.GetFiles(folder.Path));
        var read = CompoundCandidates.Kept(new WordList(words), folder.Path);
        Assert.NotSame(first, read);
        Assert.Equal(expected, read.In([text]));

        // One letter of the tree changed: the file's hash no longer fits, so the candidates are made from the list again.
        var bytes = File.ReadAllBytes(file);
        var at = Array.IndexOf(bytes, (byte)'v', 40);
        bytes[at] = (byte)'w';
        File.WriteAllBytes(file, bytes);
        Assert.Equal(expected, CompoundCandidates.Kept(new WordList(words), folder.Path).In([text]));

        // Another word list has a file of its own, which replaces the first.
        CompoundCandidates.Kept(new WordList([.. words, "beroep"]), folder.Path);
        Assert.NotEqual(file, Assert.Single(Directory.GetFiles(folder.Path)));
    }
}
