using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Kennisplatform.Search;

/// <summary>
/// An <see cref="IndexDocument"/> added to a hash field by field, for the key of the index part it is in: every field,
/// each text after its length (so neighbours cannot run into each other), a missing value apart from an empty one.
/// Written out instead of serialised: an edit keys the edited page's part alone, and making the JSON serializer's
/// metadata for the type cost more than hashing the whole part.
/// </summary>
public static class IndexDocumentKey
{
    /// <summary>Adds <paramref name="document"/> to <paramref name="hash"/>.</summary>
    public static void Append(IncrementalHash hash, IndexDocument document)
    {
        Text(hash, document.Url);
        Text(hash, document.Type);
        Text(hash, document.TypeLabel);
        Text(hash, document.Title);
        Text(hash, document.Summary);
        Texts(hash, document.Headings);
        Text(hash, document.Body);
        Number(hash, document.Terms.Count);
        // In key order, so that two tables with the same terms give the same key however they were filled.
        foreach (var (key, terms) in document.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Text(hash, key);
            Texts(hash, terms);
        }
        Texts(hash, document.ThemeLabels);
        Text(hash, document.DateIso);
        Text(hash, document.DateText);
        Date(hash, document.SortDate);
        Number(hash, BitConverter.SingleToInt32Bits(document.Weight));
        Number(hash, document.Restricted ? 1 : 0);
        Date(hash, document.Updated);
        Text(hash, document.Change);
    }

    private static void Number(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    // A text as its length (-1 for none) and its UTF-16 code units.
    private static void Text(IncrementalHash hash, string? value)
    {
        Number(hash, value?.Length ?? -1);
        if (value is not null) hash.AppendData(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    private static void Texts(IncrementalHash hash, IReadOnlyList<string> values)
    {
        Number(hash, values.Count);
        foreach (var value in values) Text(hash, value);
    }

    private static void Date(IncrementalHash hash, DateOnly? value) => Number(hash, value?.DayNumber ?? -1);
}
