namespace Kennisplatform.Search;

/// <summary>
/// The words of a word list, folded as compound parts are (<see cref="CompoundDictionary"/>), and which of them occur in
/// a text where the analysis could split them off: inside a stretch without white space at least two parts long. For
/// any dictionary drawn from the word list, the entries the splitter can use on a text are among these, so an index
/// part can be keyed by only the dictionary entries its own text can use (<see cref="SearchIndexWriter.Write"/>).
/// </summary>
public sealed class CompoundCandidates
{
    private readonly WordTrie _words;

    /// <summary>Folds the word list once.</summary>
    public CompoundCandidates(IEnumerable<string> wordList)
    {
        _words = new WordTrie(wordList.Select(w => DutchTextAnalyzer.Fold(w.Trim().ToLowerInvariant()))
            .Where(w => w.Length >= CompoundDictionary.MinPartLength), CompoundDictionary.MinPartLength);
    }

    /// <summary>
    /// The folded words of the list that occur in <paramref name="texts"/> (lower-cased and folded as the analysis does)
    /// within a stretch without white space that is long enough to be split (each once, sorted).
    /// </summary>
    public IReadOnlyList<string> In(IEnumerable<string> texts)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var add = found.GetAlternateLookup<ReadOnlySpan<char>>();
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
                    // Every word of the list that starts here, in one walk (the list holds no word shorter than a part).
                    var node = _words.Prefix(stretch.Slice(from, CompoundDictionary.MinPartLength));
                    if (node < 0) continue;
                    if (_words.IsWord(node)) add.Add(stretch.Slice(from, CompoundDictionary.MinPartLength));
                    for (var at = from + CompoundDictionary.MinPartLength; at < stretch.Length; at++)
                    {
                        node = _words.Child(node, stretch[at]);
                        if (node < 0) break;
                        if (_words.IsWord(node)) add.Add(stretch[from..(at + 1)]);
                    }
                }
            }
        }
        var sorted = found.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }
}
