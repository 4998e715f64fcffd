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
    private readonly int _longest;

    /// <summary>Folds the word list once.</summary>
    public CompoundCandidates(IEnumerable<string> wordList)
    {
        _words = wordList.Select(w => DutchTextAnalyzer.Fold(w.Trim().ToLowerInvariant()))
            .Where(w => w.Length >= CompoundDictionary.MinPartLength)
            .ToHashSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
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
                    var most = Math.Min(_longest, stretch.Length - from);
                    for (var length = CompoundDictionary.MinPartLength; length <= most; length++)
                    {
                        if (_lookup.TryGetValue(stretch.Slice(from, length), out var word)) found.Add(word);
                    }
                }
            }
        }
        return found.Order(StringComparer.Ordinal).ToList();
    }
}
