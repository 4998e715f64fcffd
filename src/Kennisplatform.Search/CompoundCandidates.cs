using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Lucene.Net.Analysis.Miscellaneous;

namespace Kennisplatform.Search;

/// <summary>
/// The words of a word list, folded as compound parts are (<see cref="CompoundDictionary"/>), and which of them occur in
/// a text where the analysis could split them off: inside a stretch without white space at least two parts long. For
/// any dictionary drawn from the word list, the entries the splitter can use on a text are among these, so an index
/// part can be keyed by only the dictionary entries its own text can use (<see cref="SearchIndexWriter.Write"/>).
/// </summary>
public sealed class CompoundCandidates
{
    /// <summary>The most stretches whose words are remembered (<see cref="In"/>), about 150 bytes each.</summary>
    public const int StretchCapacity = 200_000;

    private readonly WordTrie _words;
    // The words found in each stretch: a site repeats its long words from page to page far more than it has them (the
    // heavy corpus has 1.3 million long stretches on its pages, 8 000 distinct ones), and a stretch's words follow from
    // the stretch alone, so remembering them never changes what is found.
    private readonly ConcurrentDictionary<string, StretchWords> _stretches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StretchWords>.AlternateLookup<ReadOnlySpan<char>> _knownStretch;

    // The words of the list inside one stretch, and those of them that can end a word there (Heads).
    private sealed record StretchWords(string[] All, string[] Heads);

    /// <summary>
    /// The candidates of some texts (<see cref="Of"/>): every word of the list inside them (<see cref="All"/>), and those
    /// that can be the last part of a compound there (<see cref="Heads"/>), each once, sorted.
    /// </summary>
    public sealed record Found(IReadOnlyList<string> All, IReadOnlyList<string> Heads);
    private int _remembered; // ConcurrentDictionary.Count takes every lock

    /// <summary>Folds the word list once.</summary>
    public CompoundCandidates(IEnumerable<string> wordList)
        : this(new WordTrie(wordList.Select(w => DutchTextAnalyzer.Fold(w.Trim().ToLowerInvariant()))
            .Where(w => w.Length >= CompoundDictionary.MinPartLength), CompoundDictionary.MinPartLength))
    {
    }

    private CompoundCandidates(WordTrie words)
    {
        _words = words;
        _knownStretch = _stretches.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The candidates of <paramref name="list"/>, kept in <paramref name="folder"/> (a build cache) for this list and this
    /// code: read back when the file is there and whole (its SHA-256 checked), else made from the list (or taken from it,
    /// when it made them already) and kept. Reading the tree back costs a fraction of folding 413 000 words and building it,
    /// which a build that starts a process would do for the one edited page.
    /// </summary>
    public static CompoundCandidates Kept(WordList list, string folder)
    {
        if (list.CandidatesMade) return list.Candidates;
        var file = Path.Combine(folder, $"compound-candidates-{KeyOf(list)}");
        try
        {
            // Read once, straight into the tree, hashed on the way: the tree is used only when the hash first in the file fits.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            Span<byte> expected = stackalloc byte[32];
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            if (stream.ReadAtLeast(expected, expected.Length, throwOnEndOfStream: false) == expected.Length
                && WordTrie.Read(stream, hash) is { } kept && hash.GetHashAndReset().AsSpan().SequenceEqual(expected))
            {
                return new CompoundCandidates(kept);
            }
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            // Not there: made below.
        }
        var made = list.Candidates;
        using var tree = new MemoryStream();
        made._words.Write(tree);
        try
        {
            Directory.CreateDirectory(folder);
            // Not kept when it cannot be written: made again next time.
            if (!WholeFile.TryWrite(file, stream =>
                {
                    stream.Write(System.Security.Cryptography.SHA256.HashData(tree.GetBuffer().AsSpan(0, (int)tree.Length)));
                    stream.Write(tree.GetBuffer().AsSpan(0, (int)tree.Length));
                }))
            {
                return made;
            }
            // Only the tree of this list and code is kept.
            foreach (var other in Directory.EnumerateFiles(folder).Where(f => f != file && !f.Contains(".tmp-", StringComparison.Ordinal))) File.Delete(other);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            // The folder cannot be made or cleared: the tree is made again next time.
        }
        return made;
    }

    // The word list and the code that folds it and builds the tree.
    private static string KeyOf(WordList list) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes($"{list.Key} {typeof(CompoundCandidates).Assembly.ManifestModule.ModuleVersionId}")))[..32].ToLowerInvariant();

    /// <summary>
    /// The folded words of the list that occur in <paramref name="texts"/> (lower-cased and folded as the analysis does)
    /// within a stretch without white space that is long enough to be split (each once, sorted).
    /// </summary>
    public IReadOnlyList<string> In(IEnumerable<string> texts) => Of(texts).All;

    /// <summary>
    /// As <see cref="In"/>, with the words that can be the last part of a compound: those that end where a word may end
    /// (at the end of a stretch, or before a character that is no ASCII letter or digit; the tokenizer never ends a word
    /// between two of those). Only these can change how a text splits when they become words the content uses on its own.
    /// </summary>
    public Found Of(IEnumerable<string> texts)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            // Lower-cased and folded in borrowed buffers (folding a letter gives at most four): the same text as
            // DutchTextAnalyzer.Fold(text.ToLowerInvariant()), without two copies of every page.
            var lower = ArrayPool<char>.Shared.Rent(text.Length);
            var output = ArrayPool<char>.Shared.Rent(text.Length * 4);
            text.AsSpan().ToLowerInvariant(lower);
            var folded = output.AsSpan(0, ASCIIFoldingFilter.FoldToASCII(lower, 0, output, 0, text.Length));
            Collect(folded, found, heads);
            ArrayPool<char>.Shared.Return(lower);
            ArrayPool<char>.Shared.Return(output);
        }
        var sorted = found.ToList();
        sorted.Sort(StringComparer.Ordinal);
        var sortedHeads = heads.ToList();
        sortedHeads.Sort(StringComparer.Ordinal);
        return new Found(sorted, sortedHeads);
    }

    // Adds the words of the list inside the long enough stretches of a folded text.
    private void Collect(ReadOnlySpan<char> folded, HashSet<string> found, HashSet<string> heads)
    {
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && !char.IsWhiteSpace(folded[i])) continue;
            var stretch = folded[start..i];
            start = i + 1;
            // The splitter leaves words shorter than two parts alone (CompoundSplitter.Split).
            if (stretch.Length < CompoundDictionary.MinCompoundLength) continue;
            if (!_knownStretch.TryGetValue(stretch, out var words))
            {
                words = WordsIn(stretch);
                if (Volatile.Read(ref _remembered) < StretchCapacity && _stretches.TryAdd(stretch.ToString(), words))
                {
                    Interlocked.Increment(ref _remembered);
                }
            }
            found.UnionWith(words.All);
            heads.UnionWith(words.Heads);
        }
    }

    // Every word of the list inside one stretch, each once, and those that can end a word.
    private static readonly StretchWords NoWords = new([], []);

    private StretchWords WordsIn(ReadOnlySpan<char> stretch)
    {
        List<string>? words = null;
        List<string>? heads = null;
        void Add(ReadOnlySpan<char> word, int end, ReadOnlySpan<char> stretch)
        {
            words ??= [];
            string? text = null;
            foreach (var known in words)
            {
                if (!word.SequenceEqual(known)) continue;
                text = known;
                break;
            }
            if (text is null) words.Add(text = word.ToString());
            if (end < stretch.Length && char.IsAsciiLetterOrDigit(stretch[end])) return;
            heads ??= [];
            if (!heads.Contains(text)) heads.Add(text);
        }
        for (var from = 0; from + CompoundDictionary.MinPartLength <= stretch.Length; from++)
        {
            // Every word of the list that starts here, in one walk (the list holds no word shorter than a part).
            var node = _words.Prefix(stretch.Slice(from, CompoundDictionary.MinPartLength));
            if (node < 0) continue;
            if (_words.IsWord(node)) Add(stretch.Slice(from, CompoundDictionary.MinPartLength), from + CompoundDictionary.MinPartLength, stretch);
            for (var at = from + CompoundDictionary.MinPartLength; at < stretch.Length; at++)
            {
                node = _words.Child(node, stretch[at]);
                if (node < 0) break;
                if (_words.IsWord(node)) Add(stretch[from..(at + 1)], at + 1, stretch);
            }
        }
        return words is null ? NoWords : new StretchWords([.. words], heads is null ? [] : [.. heads]);
    }
}
