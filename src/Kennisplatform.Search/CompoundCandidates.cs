namespace Kennisplatform.Search;

/// <summary>
/// The words of a word list, folded as compound parts are (<see cref="CompoundDictionary"/>), and which of them occur in
/// a text where the analysis could split them off: inside a stretch without white space at least two parts long. For
/// any dictionary drawn from the word list, the entries the splitter can use on a text are among these, so an index
/// part can be keyed by only the dictionary entries its own text can use (<see cref="SearchIndexWriter.Write"/>).
/// </summary>
public sealed class CompoundCandidates
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Per first MinPartLength letters of the words, a bit per length of the words that start with them (bit 63: 63 or
    // more): a stretch is looked up only at the lengths some word with its first letters has, not at every length.
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lengths;
    private const int LongBit = 63;

    /// <summary>Folds the word list once.</summary>
    public CompoundCandidates(IEnumerable<string> wordList)
    {
        _words = wordList.Select(w => DutchTextAnalyzer.Fold(w.Trim().ToLowerInvariant()))
            .Where(w => w.Length >= CompoundDictionary.MinPartLength)
            .ToHashSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var lengths = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var word in _words)
        {
            var start = word[..CompoundDictionary.MinPartLength];
            lengths[start] = lengths.GetValueOrDefault(start) | 1UL << Math.Min(word.Length, LongBit);
        }
        _lengths = lengths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The folded words of the list that occur in <paramref name="texts"/> (lower-cased and folded as the analysis does)
    /// within a stretch without white space that is long enough to be split (each once, sorted).
    /// </summary>
    public IReadOnlyList<string> In(IEnumerable<string> texts)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var folded = DutchTextAnalyzer.Fold(text.ToLowerInvariant()).AsSpan();
            var start = 0;
            for (var i = 0; i <= folded.Length; i++)
            {
                if (i < folded.Length && !char.IsWhiteSpace(folded[i])) continue;
                var stretch = folded[start..i];
                start = i + 1;
                // The splitter leaves words shorter than two parts alone (CompoundSplitter.Split).
                if (stretch.Length < 2 * CompoundDictionary.MinPartLength) continue;
                for (var from = 0; from + CompoundDictionary.MinPartLength <= stretch.Length; from++)
                {
                    if (!_lengths.TryGetValue(stretch.Slice(from, CompoundDictionary.MinPartLength), out var lengths)) continue;
                    var most = stretch.Length - from;
                    for (var length = CompoundDictionary.MinPartLength; length <= most; length++)
                    {
                        var bit = Math.Min(length, LongBit);
                        if ((lengths & 1UL << bit) == 0)
                        {
                            if (lengths >> bit == 0) break; // no longer word starts with these letters
                            continue;
                        }
                        if (_lookup.TryGetValue(stretch.Slice(from, length), out var word)) found.Add(word);
                    }
                }
            }
        }
        return found.Order(StringComparer.Ordinal).ToList();
    }
}
