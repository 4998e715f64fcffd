using System.Security.Cryptography;
using System.Text;

namespace Kennisplatform.Search;

/// <summary>
/// What an index part's key takes from the compound dictionary, kept in the part's own cache folder: the key of its
/// documents (<see cref="DocumentsKey"/>) and every word of the list that could be the last part of a compound in its
/// documents (<see cref="Words"/>, for the word list <see cref="ListKey"/>). The part's key is the documents' key and the
/// list's with the dictionary's words among these (the parts before the last are words of the list found in the
/// documents, which the documents and the list decide), so after a change of the dictionary a part's new key is worked
/// out from this record alone, without its documents being made or their candidates read, and it changes only when a
/// word that entered or left the dictionary could end a compound of the part. The record ends with the SHA-256 of what precedes it: a file cut short or garbled is no
/// record (the key is worked out from the documents, as without it).
/// </summary>
internal sealed record PartCandidates(string ListKey, byte[] DocumentsKey, IReadOnlyList<string> Words)
{
    /// <summary>The record's file name inside a part's cache folder.</summary>
    public const string FileName = "compound-candidates";

    private const string Mark = "kp-part-candidates-v2";

    /// <summary>The part's key for <paramref name="dictionary"/>: its documents' key with the dictionary's words among <see cref="Words"/>.</summary>
    public string KeyFor(IReadOnlySet<string> dictionary) => KeyOf(DocumentsKey, ListKey, Words.Where(dictionary.Contains));

    /// <summary>
    /// A part's key: the key of its documents (and of the code and resources, <paramref name="documentsKey"/>) and of the
    /// word list (<paramref name="listKey"/>) with the dictionary entries that can end its compounds (<paramref name="used"/>,
    /// sorted ordinally, each once).
    /// </summary>
    public static string KeyOf(byte[] documentsKey, string listKey, IEnumerable<string> used)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(documentsKey);
        hash.AppendData(Encoding.UTF8.GetBytes(listKey + "\n"));
        foreach (var word in used) hash.AppendData(Encoding.UTF8.GetBytes(word + "\n"));
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>The record kept in the part folder <paramref name="part"/> for the word list <paramref name="listKey"/>; null when there is none, or it is not whole, or for another list.</summary>
    public static PartCandidates? Read(string part, string listKey)
    {
        if (SummedText.Read(Path.Combine(part, FileName)) is not { } text) return null;
        var lines = text.Split('\n');
        if (lines.Length < 4 || lines[0] != Mark || lines[1] != listKey || lines[2].Length != 64 || lines[^1] != "") return null;
        try
        {
            return new PartCandidates(listKey, Convert.FromHexString(lines[2]), lines[3..^1]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Keeps the record in the part folder <paramref name="part"/>; false when it could not be written (worked out from the documents next time).</summary>
    public bool Write(string part)
    {
        var text = new StringBuilder();
        text.Append(Mark).Append('\n').Append(ListKey).Append('\n').Append(Convert.ToHexString(DocumentsKey)).Append('\n');
        foreach (var word in Words) text.Append(word).Append('\n');
        return SummedText.TryWrite(Path.Combine(part, FileName), text.ToString());
    }
}
