using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Kennisplatform.Search;

/// <summary>
/// A set of words as a prefix tree in flat arrays (a node per distinct prefix: its letter, where its children start,
/// whether a word ends there), numbered breadth first so that a node's children are neighbours in order of their
/// letters: finding a child reads a few adjacent letters instead of following a list through memory. Walking it along a
/// text finds every word that starts at a position in one pass, stopping where no word goes on, instead of looking up
/// each length of the text in a hash set.
/// </summary>
public sealed class WordTrie
{
    /// <summary>The node of the empty prefix.</summary>
    public const int Root = 0;

    private readonly char[] _letter;
    // The children of node n are the nodes _childStart[n] to _childStart[n + 1] - 1.
    private readonly int[] _childStart;
    private readonly bool[] _isWord;
    // The root's children by letter, for the letters below 128: most walks start there.
    private readonly int[] _rootChild = new int[128];
    // The nodes of the prefixes of the entry length, by their letters: a walk that would take that many steps through
    // the shallow (most visited, least cached) levels takes one hash lookup instead.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _entries;
    private readonly int _entryLength;

    /// <summary>
    /// A tree of <paramref name="words"/> (duplicates are one word), whose prefixes of <paramref name="entryLength"/>
    /// letters <see cref="Prefix"/> finds in one lookup.
    /// </summary>
    public WordTrie(IEnumerable<string> words, int entryLength = 0)
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
        // Numbered again breadth first: the built nodes in that order, each one's children in the order of their letters.
        var order = new int[letter.Count];
        var count = 1;
        _letter = new char[letter.Count];
        _isWord = new bool[letter.Count];
        _childStart = new int[letter.Count + 1];
        for (var n = 0; n < order.Length; n++)
        {
            var built = order[n];
            _letter[n] = letter[built];
            _isWord[n] = isWord[built];
            _childStart[n] = count;
            for (var child = firstChild[built]; child >= 0; child = nextSibling[child]) order[count++] = child;
        }
        _childStart[order.Length] = count;
        _entryLength = entryLength;
        _entries = Index();
    }

    private WordTrie(char[] letter, int[] childStart, bool[] isWord, int entryLength)
    {
        (_letter, _childStart, _isWord, _entryLength) = (letter, childStart, isWord, entryLength);
        _entries = Index();
    }

    /// <summary>The lookups that start walks: the root's children by letter, the nodes of the entry-length prefixes.</summary>
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Index()
    {
        Array.Fill(_rootChild, -1);
        for (var child = _childStart[Root]; child < _childStart[Root + 1] && _letter[child] < _rootChild.Length; child++)
        {
            _rootChild[_letter[child]] = child;
        }
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_entryLength > 0) AddEntries(Root, new char[_entryLength], 0, entries);
        return entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly byte[] Mark = "kp-word-trie-v1"u8.ToArray();

    /// <summary>Writes the tree into <paramref name="stream"/> (<see cref="Read"/> reads it back).</summary>
    public void Write(Stream stream)
    {
        stream.Write(Mark);
        Span<int> header = [_letter.Length, _entryLength];
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(header));
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_letter.AsSpan()));
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_childStart.AsSpan()));
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_isWord.AsSpan()));
        stream.Write(Mark);
    }

    /// <summary>
    /// A tree written by <see cref="Write"/>, read from <paramref name="stream"/> (of that length and no more) straight
    /// into the tree's arrays, each byte given to <paramref name="hash"/> as it is read; null when the stream does not
    /// hold one whole tree. The caller checks the hash: a tree whose bytes are not the ones written must not be used.
    /// </summary>
    public static WordTrie? Read(Stream stream, IncrementalHash hash)
    {
        // The tree is most of a file of ~10 MB: read into its arrays, not into a buffer first and copied from there.
        Span<byte> head = stackalloc byte[Mark.Length + 2 * sizeof(int)];
        if (!ReadExactly(stream, head, hash) || !head.StartsWith(Mark)) return null;
        var nodes = BitConverter.ToInt32(head[Mark.Length..]);
        var entryLength = BitConverter.ToInt32(head[(Mark.Length + sizeof(int))..]);
        // The length is checked before anything is allocated: a garbled count must not ask for gigabytes.
        if (nodes < 1 || entryLength < 0 || stream.Length - stream.Position
            != (long)nodes * (sizeof(char) + sizeof(int) + sizeof(bool)) + sizeof(int) + Mark.Length) return null;
        var letter = new char[nodes];
        var childStart = new int[nodes + 1];
        var isWord = new bool[nodes];
        Span<byte> tail = stackalloc byte[Mark.Length];
        if (!ReadExactly(stream, MemoryMarshal.AsBytes(letter.AsSpan()), hash) || !ReadExactly(stream, MemoryMarshal.AsBytes(childStart.AsSpan()), hash)
            || !ReadExactly(stream, MemoryMarshal.AsBytes(isWord.AsSpan()), hash) || !ReadExactly(stream, tail, hash) || !tail.SequenceEqual(Mark))
        {
            return null;
        }
        // Children are numbered after their parent and within the tree: anything else is not a tree this wrote.
        for (var n = 0; n < nodes; n++)
        {
            if (childStart[n] > childStart[n + 1] || childStart[n] <= n && childStart[n] != childStart[n + 1]) return null;
        }
        if (childStart[0] != 1 || childStart[nodes] != nodes) return null;
        return new WordTrie(letter, childStart, isWord, entryLength);
    }

    private static bool ReadExactly(Stream stream, Span<byte> into, IncrementalHash hash)
    {
        if (stream.ReadAtLeast(into, into.Length, throwOnEndOfStream: false) != into.Length) return false;
        hash.AppendData(into);
        return true;
    }

    private void AddEntries(int node, char[] prefix, int depth, Dictionary<string, int> entries)
    {
        if (depth == prefix.Length)
        {
            entries[new string(prefix)] = node;
            return;
        }
        for (var child = _childStart[node]; child < _childStart[node + 1]; child++)
        {
            prefix[depth] = _letter[child];
            AddEntries(child, prefix, depth + 1, entries);
        }
    }

    /// <summary>The node of <paramref name="prefix"/>; -1 when no word starts with it.</summary>
    public int Prefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length == _entryLength) return _entries.TryGetValue(prefix, out var entry) ? entry : -1;
        var node = Root;
        foreach (var c in prefix)
        {
            node = Child(node, c);
            if (node < 0) return -1;
        }
        return node;
    }

    /// <summary>The node of the prefix of <paramref name="node"/> followed by <paramref name="c"/>; -1 when no word starts so.</summary>
    public int Child(int node, char c)
    {
        if (node == Root && c < _rootChild.Length) return _rootChild[c];
        var end = _childStart[node + 1];
        for (var child = _childStart[node]; child < end; child++)
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
