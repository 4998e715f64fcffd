using System.Security.Cryptography;
using System.Text;

namespace Kennisplatform.Search;

/// <summary>
/// A Dutch word list (the words compounds may be split into, <see cref="CompoundDictionary"/>), read once and used by
/// every build that is given it: its words, a key of its content for caches, and its words folded for
/// <see cref="CompoundCandidates"/>. The key and the folded words are worked out on first use only, since folding the
/// 413 000 words of the system list costs more than the rest of a small site's build. A list opened with its key known
/// already (<see cref="OfFile"/>) is not read at all until its words are wanted.
/// </summary>
public sealed class WordList
{
    private readonly Lazy<IReadOnlyList<string>> _words;
    private readonly Lazy<string> _key;
    private readonly Lazy<CompoundCandidates> _candidates;

    /// <summary>A list of these words (copied).</summary>
    public WordList(IEnumerable<string> words)
    {
        IReadOnlyList<string> list = words.ToList();
        _words = new(list);
        _key = new(() => KeyOf(list));
        _candidates = new(() => new CompoundCandidates(Words));
    }

    private WordList(string file, string key)
    {
        _key = new(key);
        // The key was kept for the file as it was; words that do not give it are not taken for them (the file changed).
        _words = new(() =>
        {
            IReadOnlyList<string> read = File.ReadLines(file).ToList();
            return KeyOf(read) == key ? read : throw new IOException($"{file} changed while the build was running; build again");
        });
        _candidates = new(() => new CompoundCandidates(Words));
    }

    /// <summary>The words, as read.</summary>
    public IReadOnlyList<string> Words => _words.Value;

    /// <summary>True when the words were read (a list opened with <see cref="OfFile"/> reads them on first use).</summary>
    public bool WordsRead => _words.IsValueCreated;

    /// <summary>The SHA-256 of the words, one per line (lower-case hexadecimal).</summary>
    public string Key => _key.Value;

    /// <summary>The words folded, for finding the ones a text could be split into.</summary>
    public CompoundCandidates Candidates => _candidates.Value;

    /// <summary>True when <see cref="Candidates"/> were made already (by an earlier build with this list).</summary>
    public bool CandidatesMade => _candidates.IsValueCreated;

    /// <summary>The system word list (<see cref="CompoundDictionary.SystemWordList"/>); empty when it is not installed.</summary>
    public static WordList ReadSystem() => new(CompoundDictionary.ReadSystemWordList());

    /// <summary>
    /// The word list in <paramref name="file"/> whose <see cref="Key"/> is known to be <paramref name="key"/> (kept from
    /// an earlier read of the same file): its words are read only when asked for, and must then give that key.
    /// </summary>
    public static WordList OfFile(string file, string key) => new(file, key);

    private static string KeyOf(IReadOnlyList<string> words)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        var used = 0;
        foreach (var word in words)
        {
            var most = Encoding.UTF8.GetMaxByteCount(word.Length) + 1;
            if (used + most > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (most > buffer.Length) buffer = new byte[most];
            }
            used += Encoding.UTF8.GetBytes(word, buffer.AsSpan(used));
            buffer[used++] = (byte)'\n';
        }
        hash.AppendData(buffer, 0, used);
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }
}
