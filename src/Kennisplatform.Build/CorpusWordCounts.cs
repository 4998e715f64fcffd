using System.Text;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// On how many of the counted documents each word stands (each document's words as
/// <see cref="SearchResourcesFactory.CorpusWords"/> gives them, once per document), with the keys of those documents:
/// the compound dictionary is the word list's words among them. Kept in the build cache, so that after an edit the
/// counts lose the old file's words and gain the new file's, instead of every document's words being read and joined
/// again. The counts always say which documents they count, so whatever set of documents a build ends with, they are
/// never taken for another set. With them is kept which of the words a word list has (<see cref="InList"/>, for the
/// list's key): after an edit only the words new to the content are looked up in the list, which is then read at all
/// only when there are such words, instead of the 413 000 words of the system list being matched on every build.
/// </summary>
public sealed class CorpusWordCounts
{
    private const string Magic = "kp-word-counts-v2";
    private readonly HashSet<string> _documents;
    private readonly Dictionary<string, int> _counts;
    // The counted words the list of key _listKey has, and the words counted since that were not looked up in it.
    private string? _listKey;
    private HashSet<string> _inList = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unchecked = new(StringComparer.Ordinal);

    private CorpusWordCounts(HashSet<string> documents, Dictionary<string, int> counts) => (_documents, _counts) = (documents, counts);

    /// <summary>The words at least one counted document has.</summary>
    public IReadOnlyCollection<string> Words => _counts.Keys;

    /// <summary>The keys of the counted documents.</summary>
    public IReadOnlySet<string> Documents => _documents;

    /// <summary>
    /// The counted words that <paramref name="list"/> has, as <see cref="CompoundDictionary.Build"/> matches them: kept
    /// for the list of the last build and looked up only for the words counted since; for another list, all of them.
    /// </summary>
    public IReadOnlySet<string> InList(WordList list)
    {
        if (_listKey != list.Key)
        {
            _inList = CompoundDictionary.InList(list.Words, _counts.Keys);
            _listKey = list.Key;
        }
        else if (_unchecked.Any(CompoundDictionary.MayBeInList))
        {
            _inList.UnionWith(CompoundDictionary.InList(list.Words, _unchecked));
        }
        _unchecked.Clear();
        return _inList;
    }

    /// <summary>The counts of these documents (<paramref name="keys"/>[i] has the words <paramref name="words"/>[i], each once).</summary>
    public static CorpusWordCounts Count(IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyCollection<string>> words)
    {
        var counts = new CorpusWordCounts(new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));
        for (var i = 0; i < keys.Count; i++) counts.Add(keys[i], words[i]);
        return counts;
    }

    /// <summary>
    /// The counts of the documents <paramref name="keys"/>, from these: the documents no longer among them lose their
    /// words (<paramref name="wordsOfGone"/>, by key), the new ones add theirs (<paramref name="wordsOf"/>, by index).
    /// Null when the words of a document that is gone are not known, or when so much changed that counting again is cheaper.
    /// </summary>
    public CorpusWordCounts? Update(IReadOnlyList<string> keys, Func<int, IReadOnlyCollection<string>> wordsOf,
        Func<string, IReadOnlyCollection<string>?> wordsOfGone)
    {
        var current = keys.ToHashSet(StringComparer.Ordinal);
        if (current.Count != keys.Count) return null; // a key twice: not a set of documents these counts can describe
        var gone = _documents.Where(k => !current.Contains(k)).ToList();
        var added = Enumerable.Range(0, keys.Count).Where(i => !_documents.Contains(keys[i])).ToList();
        if (gone.Count + added.Count > keys.Count / 4 + 1) return null;
        var updated = new CorpusWordCounts(new HashSet<string>(_documents, StringComparer.Ordinal), new Dictionary<string, int>(_counts, StringComparer.Ordinal))
        {
            _listKey = _listKey,
            _inList = new HashSet<string>(_inList, StringComparer.Ordinal),
        };
        updated._unchecked.UnionWith(_unchecked);
        // The new files' words first: a word an edited file keeps never drops to no count, so it is not looked up in the list again.
        foreach (var i in added) updated.Add(keys[i], wordsOf(i));
        foreach (var key in gone)
        {
            if (wordsOfGone(key) is not { } words || !updated.Remove(key, words)) return null;
        }
        return updated;
    }

    /// <summary>
    /// Writes the counts to <paramref name="file"/>, whole or not at all; false when they could not be written (not
    /// kept, like every other cache entry: the next build counts again).
    /// </summary>
    public bool Write(string file) => WholeFile.TryWrite(file, stream =>
    {
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(_documents.Count);
            foreach (var key in _documents) writer.Write(key);
            writer.Write(_counts.Count);
            foreach (var (word, count) in _counts)
            {
                writer.Write(word);
                writer.Write(count);
            }
            // Which words the list has only when every counted word was looked up in it.
            var known = _listKey is not null && _unchecked.Count == 0;
            writer.Write(known ? _listKey! : "");
            writer.Write(known ? _inList.Count : 0);
            if (known) foreach (var word in _inList) writer.Write(word);
            writer.Write(Magic);
        }
    });

    /// <summary>The counts written to <paramref name="file"/>; null when there are none or they cannot be read whole.</summary>
    public static CorpusWordCounts? Read(string file)
    {
        try
        {
            using var reader = new EntryReader(File.ReadAllBytes(file));
            if (reader.ReadString() != Magic) return null;
            var keys = reader.ReadInt32();
            var documents = new HashSet<string>(keys, StringComparer.Ordinal);
            for (var i = 0; i < keys; i++) documents.Add(reader.ReadString());
            var length = reader.ReadInt32();
            var counts = new Dictionary<string, int>(length, StringComparer.Ordinal);
            for (var i = 0; i < length; i++)
            {
                var word = reader.ReadString();
                var count = reader.ReadInt32();
                if (count <= 0 || !counts.TryAdd(word, count)) return null;
            }
            var listKey = reader.ReadString();
            var inList = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0, n = reader.ReadInt32(); i < n; i++)
            {
                var word = reader.ReadString();
                if (!counts.ContainsKey(word) || !inList.Add(word)) return null;
            }
            // The end mark: counts cut short are never taken for whole ones.
            if (reader.ReadString() != Magic || reader.BaseStream.Position != reader.BaseStream.Length) return null;
            return new CorpusWordCounts(documents, counts) { _listKey = listKey.Length > 0 ? listKey : null, _inList = inList };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private void Add(string key, IReadOnlyCollection<string> words)
    {
        if (!_documents.Add(key)) return;
        foreach (var word in words)
        {
            var count = _counts.GetValueOrDefault(word);
            if (count == 0) _unchecked.Add(word);
            _counts[word] = count + 1;
        }
    }

    // False when the words are not those that were counted for the document (a count would fall below one).
    private bool Remove(string key, IReadOnlyCollection<string> words)
    {
        if (!_documents.Remove(key)) return false;
        foreach (var word in words)
        {
            if (!_counts.TryGetValue(word, out var count)) return false;
            if (count == 1)
            {
                _counts.Remove(word);
                _inList.Remove(word);
                _unchecked.Remove(word);
            }
            else _counts[word] = count - 1;
        }
        return true;
    }
}
