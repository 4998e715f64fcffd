using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// A page's body text, kept uncompressed as binary doc values (<see cref="IndexFields.BodyText"/>): a snippet reads it
/// with one read of the bytes, where a stored field would first decompress the block it shares with other pages.
/// </summary>
public static class StoredBody
{
    /// <summary>The body of <paramref name="doc"/> (a document number of <paramref name="reader"/>); empty when there is none.</summary>
    public static string Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return Read(leaf.AtomicReader, doc - leaf.DocBase);
    }

    /// <summary>The body of <paramref name="doc"/> within one segment; empty when there is none.</summary>
    public static string Read(AtomicReader segment, int doc)
    {
        var bytes = new BytesRef();
        return Read(segment, doc, bytes) ? Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length) : "";
    }

    /// <summary>
    /// The body's UTF-8 bytes of <paramref name="doc"/> within one segment, into <paramref name="bytes"/> (valid until
    /// the next read on this thread); false when the index has no body text.
    /// </summary>
    public static bool Read(AtomicReader segment, int doc, BytesRef bytes)
    {
        // Per thread and segment, as Lucene hands out doc values.
        if (segment.GetBinaryDocValues(IndexFields.BodyText) is not { } values) return false;
        values.Get(doc, bytes);
        return true;
    }

    /// <summary>The field a page's body is written in.</summary>
    public static BinaryDocValuesField Field(string body) => new(IndexFields.BodyText, new BytesRef(Encoding.UTF8.GetBytes(body)));
}
