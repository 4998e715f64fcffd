using Lucene.Net.Index;

namespace Kennisplatform.Search;

/// <summary>
/// The terms of one field of an index, in memory: every term in the index's order with the number of pages that use it,
/// merged over the segments. Spelling corrections are then array work (a binary search, a scan of the words that share
/// the first letter, a small edit-distance table) instead of building Levenshtein automata per typed word and walking
/// every segment's terms dictionary with them. Read-only after construction, so thread-safe.
/// </summary>
public sealed class TermVocabulary
{
    private readonly string[] _words;
    private readonly int[] _docFreqs;
    private readonly Dictionary<string, int> _index;

    /// <summary>Reads every term of <paramref name="field"/> from all segments of <paramref name="reader"/>.</summary>
    public TermVocabulary(IndexReader reader, string field)
    {
        var words = new List<string>();
        var docFreqs = new List<int>();
        if (MultiFields.GetTerms(reader, field) is { } terms)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                words.Add(e.Term.Utf8ToString());
                docFreqs.Add(e.DocFreq);
            }
        }
        _words = [.. words];
        _docFreqs = [.. docFreqs];
        _index = new Dictionary<string, int>(_words.Length, StringComparer.Ordinal);
        for (var i = 0; i < _words.Length; i++) _index[_words[i]] = i;
    }

    /// <summary>The number of distinct terms.</summary>
    public int Count => _words.Length;

    /// <summary>True when some page has the term.</summary>
    public bool Contains(string term) => _index.ContainsKey(term);

    /// <summary>
    /// Of the first <paramref name="limit"/> terms (in the index's order) that start with <paramref name="prefix"/>, the
    /// one most pages use (the first of equals); null when no term starts with it.
    /// </summary>
    public string? MostUsedWithPrefix(string prefix, int limit)
    {
        string? best = null;
        var bestFreq = 0;
        var start = LowerBound(prefix);
        var end = Math.Min(_words.Length, start + limit);
        for (var i = start; i < end && _words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (_docFreqs[i] > bestFreq) (best, bestFreq) = (_words[i], _docFreqs[i]);
        }
        return best;
    }

    /// <summary>
    /// The terms within <paramref name="maxEdits"/> edits of <paramref name="word"/> (insertions, deletions,
    /// substitutions and swaps of two neighbours, the first letter fixed), the word itself included, with the similarity
    /// Lucene's <c>FuzzyTermsEnum</c> gives them (1 − edits / the shorter length) and how many pages use them, in the
    /// index's order: what that enumeration returns, without its automata.
    /// </summary>
    public IEnumerable<(string Term, float Similarity, int DocFreq)> Near(string word, int maxEdits)
    {
        if (word.Length == 0) yield break;
        var first = word[..1];
        var rows = new int[3][];
        for (var r = 0; r < rows.Length; r++) rows[r] = new int[word.Length + maxEdits + 1];
        for (var i = LowerBound(first); i < _words.Length && _words[i].StartsWith(first, StringComparison.Ordinal); i++)
        {
            var candidate = _words[i];
            if (Math.Abs(candidate.Length - word.Length) > maxEdits) continue;
            var edits = Distance(word, candidate, maxEdits, rows);
            if (edits > maxEdits) continue;
            if (edits == 0)
            {
                yield return (candidate, 1f, _docFreqs[i]);
                continue;
            }
            // The same float arithmetic as FuzzyTermsEnum, so that ties and order come out alike.
            var similarity = 1.0f - ((float)edits / (float)Math.Min(candidate.Length, word.Length));
            if (similarity > 0f) yield return (candidate, similarity, _docFreqs[i]);
        }
    }

    // Optimal string alignment distance of the two words after their (equal) first letter, or maxEdits + 1 as soon as
    // every cell of a row exceeds maxEdits.
    private static int Distance(string a, string b, int maxEdits, int[][] rows)
    {
        var n = a.Length - 1;
        var m = b.Length - 1;
        var width = m + 1;
        if (rows[0].Length < width) for (var r = 0; r < rows.Length; r++) rows[r] = new int[width];
        var before = rows[0];
        var previous = rows[1];
        var current = rows[2];
        for (var j = 0; j <= m; j++) previous[j] = j;
        for (var i = 1; i <= n; i++)
        {
            current[0] = i;
            var lowest = i;
            var ai = a[i];
            for (var j = 1; j <= m; j++)
            {
                var bj = b[j];
                var cost = ai == bj ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[j - 1] && a[i - 1] == bj) value = Math.Min(value, before[j - 2] + 1);
                current[j] = value;
                if (value < lowest) lowest = value;
            }
            if (lowest > maxEdits) return maxEdits + 1;
            (before, previous, current) = (previous, current, before);
        }
        return previous[m];
    }

    // The first index whose term is not before the key; terms are in the index's order (UTF-8 bytes, which is ordinal
    // order for the letters of the vocabulary).
    private int LowerBound(string key)
    {
        int low = 0, high = _words.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(_words[mid], key) < 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
