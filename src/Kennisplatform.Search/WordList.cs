using System.Security.Cryptography;
using System.Text;

namespace Kennisplatform.Search;

/// <summary>
/// A Dutch word list (the words compounds may be split into, <see cref="CompoundDictionary"/>), read once and used by
/// every build that is given it: its words, a key of its content for caches, and its words folded for
/// <see cref="CompoundCandidates"/>. The key and the folded words are worked out on first use only, since folding the
/// 413 000 words of the system list costs more than the rest of a small site's build.
/// </summary>
public sealed class WordList
{
    private readonly Lazy<string> _key;
    private readonly Lazy<CompoundCandidates> _candidates;

    /// <summary>A list of these words (copied).</summary>
    public WordList(IEnumerable<string> words)
    {
        Words = words.ToList();
        _key = new(() => KeyOf(Words));
        _candidates = new(() => new CompoundCandidates(Words));
    }

    /// <summary>The words, as read.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The SHA-256 of the words, one per line (lower-case hexadecimal).</summary>
    public string Key => _key.Value;

    /// <summary>The words folded, for finding the ones a text could be split into.</summary>
    public CompoundCandidates Candidates => _candidates.Value;

    /// <summary>True when <see cref="Candidates"/> were made already (by an earlier build with this list).</summary>
    public bool CandidatesMade => _candidates.IsValueCreated;

    /// <summary>The system word list (<see cref="CompoundDictionary.SystemWordList"/>); empty when it is not installed.</summary>
    public static WordList ReadSystem() => new(CompoundDictionary.ReadSystemWordList());

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
