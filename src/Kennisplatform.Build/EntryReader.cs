using System.Text;

namespace Kennisplatform.Build;

/// <summary>
/// Reads a cache entry held in memory as <see cref="BinaryWriter"/> wrote it (UTF-8 strings with their length first),
/// decoding each string in one step from the entry's bytes: <see cref="BinaryReader"/> decodes a string in chunks of
/// 128 bytes through a buffer, which made reading every page's HTML and text back most of an edit's check.
/// </summary>
public sealed class EntryReader(ArraySegment<byte> entry)
    : BinaryReader(new MemoryStream(entry.Array!, entry.Offset, entry.Count, writable: false), Encoding.UTF8)
{
    /// <summary>Reads an entry that is a whole array.</summary>
    public EntryReader(byte[] entry) : this(new ArraySegment<byte>(entry))
    {
    }

    /// <inheritdoc />
    public override string ReadString()
    {
        var (start, length) = NextString();
        return Encoding.UTF8.GetString(entry.Array!, entry.Offset + start, length);
    }

    /// <summary>Passes over a string without decoding it.</summary>
    public void SkipString() => NextString();

    // The next string's place in the entry (checked against the entry's end), with the stream moved past it.
    private (int Start, int Length) NextString()
    {
        var length = Read7BitEncodedInt();
        var start = BaseStream.Position;
        if (length < 0) throw new IOException($"a string length of {length} in a cache entry");
        if (length > entry.Count - start) throw new EndOfStreamException();
        BaseStream.Position = start + length;
        return ((int)start, length);
    }
}
