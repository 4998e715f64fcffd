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
}
