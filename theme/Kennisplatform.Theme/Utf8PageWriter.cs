using System.Buffers;
using System.Text;

namespace Kennisplatform.Theme;

/// <summary>
/// A text writer that encodes what it is given to UTF-8 into a buffer borrowed from the shared pool, for a page that is
/// sent as bytes: rendering into a string first builds the page twice over in UTF-16 (a string builder and its string)
/// before it is encoded. Dispose it to give the buffer back.
/// </summary>
public sealed class Utf8PageWriter(int capacity = 32 * 1024) : TextWriter
{
    // Stateful, so that a surrogate pair split over two writes is still encoded as one character.
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);
    private int _length;

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(buffer.Length));
        _length += _encoder.GetBytes(buffer, _buffer.AsSpan(_length), flush: false);
    }

    /// <summary>The bytes written so far, in an array of their own (a surrogate left waiting is written as U+FFFD).</summary>
    public byte[] ToArray()
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(0));
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
        return _buffer.AsSpan(0, _length).ToArray();
    }

    private void Reserve(int count)
    {
        if (_length + count <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }
        base.Dispose(disposing);
    }
}
