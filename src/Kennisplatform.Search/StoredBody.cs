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
        // Per thread and segment, as Lucene hands out doc values; the bytes are read into the scratch, not kept.
        if (segment.GetBinaryDocValues(IndexFields.BodyText) is not { } values) return "";
        var bytes = new BytesRef();
        values.Get(doc, bytes);
        return Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    /// <summary>The field a page's body is written in.</summary>
    public static BinaryDocValuesField Field(string body) => new(IndexFields.BodyText, new BytesRef(Encoding.UTF8.GetBytes(body)));
}
