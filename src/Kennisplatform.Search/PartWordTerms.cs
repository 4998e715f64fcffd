using System.Text;

namespace Kennisplatform.Search;

/// <summary>
/// The terms the Dutch analysis gave the words of an index part that could be split as compounds (at least two parts
/// long), kept in the part's cache folder. The compound dictionary reaches a part's index only through these words'
/// terms: every other word's terms, every position and every norm follow from the text alone. So when a new dictionary
/// gives each of them the same terms (<see cref="SameUnder"/>), the part's index is the one it has, and its files are
/// taken over as they are instead of its documents being analysed again. The file ends with the SHA-256 of the rest:
/// one cut short or garbled is none.
/// </summary>
public sealed class PartWordTerms
{
    /// <summary>The file name inside a part's cache folder.</summary>
    public const string FileName = "compound-word-terms";

    private const string Mark = "kp-part-word-terms-v1";

    private readonly Dictionary<string, WordTerms.Term[]> _terms = new(StringComparer.Ordinal);

    /// <summary>How many words are kept.</summary>
    public int Count => _terms.Count;

    /// <summary>
    /// Whether the compound splitter could split <paramref name="word"/> (a token as the tokenizer gave it) under any
    /// dictionary: it leaves words shorter than two parts alone, and lower-casing and folding never shorten a word.
    /// </summary>
    public static bool MaySplit(string word)
    {
        if (word.Length >= CompoundDictionary.MinCompoundLength) return true;
        if (!word.AsSpan().ContainsAnyExceptInRange('\0', '\u007f')) return false;
        return DutchTextAnalyzer.Fold(word.ToLowerInvariant()).Length >= CompoundDictionary.MinCompoundLength;
    }

    /// <summary>Keeps the terms of <paramref name="word"/> when it could be split (<see cref="MaySplit"/>).</summary>
    public void Add(string word, WordTerms words)
    {
        // Most words are too short to split: told by their length before any lookup.
        if (MaySplit(word) && !_terms.ContainsKey(word)) _terms.Add(word, words.Of(word));
    }

    /// <summary>Whether <paramref name="words"/> gives every kept word the terms it had.</summary>
    public bool SameUnder(WordTerms words)
    {
        foreach (var (word, terms) in _terms)
        {
            if (!words.Of(word).AsSpan().SequenceEqual(terms)) return false;
        }
        return true;
    }

    /// <summary>Keeps the record in the part folder <paramref name="part"/>; false when it could not be written (the part is analysed again on a change of the dictionary).</summary>
    public bool Write(string part)
    {
        var text = new StringBuilder();
        text.Append(Mark).Append('\n');
        foreach (var (word, terms) in _terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.Append(word);
            foreach (var term in terms) text.Append('\t').Append(term.Text).Append(' ').Append(term.Increment);
            text.Append('\n');
        }
        return SummedText.TryWrite(Path.Combine(part, FileName), text.ToString());
    }

    /// <summary>The record kept in the part folder <paramref name="part"/>; null when there is none or it is not whole.</summary>
    public static PartWordTerms? Read(string part)
    {
        if (SummedText.Read(Path.Combine(part, FileName)) is not { } text) return null;
        try
        {
            var lines = text.Split('\n');
            if (lines[0] != Mark || lines[^1] != "") return null;
            var record = new PartWordTerms();
            foreach (var line in lines.AsSpan(1, lines.Length - 2))
            {
                var fields = line.Split('\t');
                var terms = new WordTerms.Term[fields.Length - 1];
                for (var i = 1; i < fields.Length; i++)
                {
                    var space = fields[i].LastIndexOf(' ');
                    if (space < 0) return null;
                    terms[i - 1] = new WordTerms.Term(fields[i][..space], int.Parse(fields[i][(space + 1)..], System.Globalization.CultureInfo.InvariantCulture));
                }
                if (!record._terms.TryAdd(fields[0], terms)) return null;
            }
            return record;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }
}
