namespace Kennisplatform.Search;

/// <summary>
/// A set of words as a prefix tree in flat arrays (a node per distinct prefix: its letter, its first child, its next
/// sibling, whether a word ends there). Walking it along a text finds every word that starts at a position in one
/// pass, stopping where no word goes on, instead of looking up each length of the text in a hash set.
/// </summary>
public sealed class WordTrie
{
    /// <summary>The node of the empty prefix.</summary>
    public const int Root = 0;

    private readonly char[] _letter;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly bool[] _isWord;
    // The root's children by letter, for the letters below 128: most walks start there.
    private readonly int[] _rootChild = new int[128];

    /// <summary>A tree of <paramref name="words"/> (duplicates are one word).</summary>
    public WordTrie(IEnumerable<string> words)
    {
        var letter = new List<char> { '\0' };
        var firstChild = new List<int> { -1 };
        var nextSibling = new List<int> { -1 };
        var isWord = new List<bool> { false };
        foreach (var word in words)
        {
            var node = Root;
            foreach (var c in word)
            {
                // Siblings are kept in the order of their letters, so a lookup stops at the first letter past its own.
                var previous = -1;
                var child = firstChild[node];
                while (child >= 0 && letter[child] < c)
                {
                    previous = child;
                    child = nextSibling[child];
                }
                if (child < 0 || letter[child] != c)
                {
                    var created = letter.Count;
                    letter.Add(c);
                    firstChild.Add(-1);
                    nextSibling.Add(child);
                    isWord.Add(false);
                    if (previous < 0) firstChild[node] = created;
                    else nextSibling[previous] = created;
                    child = created;
                }
                node = child;
            }
            isWord[node] = true;
        }
        _letter = [.. letter];
        _firstChild = [.. firstChild];
        _nextSibling = [.. nextSibling];
        _isWord = [.. isWord];
        Array.Fill(_rootChild, -1);
        for (var child = _firstChild[Root]; child >= 0 && _letter[child] < _rootChild.Length; child = _nextSibling[child])
        {
            _rootChild[_letter[child]] = child;
        }
    }

    /// <summary>The node of the prefix of <paramref name="node"/> followed by <paramref name="c"/>; -1 when no word starts so.</summary>
    public int Child(int node, char c)
    {
        if (node == Root && c < _rootChild.Length) return _rootChild[c];
        for (var child = _firstChild[node]; child >= 0; child = _nextSibling[child])
        {
            var letter = _letter[child];
            if (letter == c) return child;
            if (letter > c) return -1;
        }
        return -1;
    }

    /// <summary>True when a word of the set ends at <paramref name="node"/>.</summary>
    public bool IsWord(int node) => _isWord[node];
}
