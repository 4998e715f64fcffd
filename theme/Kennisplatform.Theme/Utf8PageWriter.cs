using System.Buffers;
using System.Text;

namespace Kennisplatform.Theme;

/// <summary>
/// A text writer that encodes what it is given to UTF-8 into a buffer borrowed from the shared pool, for a page that is
/// sent as bytes: rendering into a string first builds the page twice over in UTF-16 (a string builder and its string)
/// before it is encoded. Dispose it to give the buffers back.
/// </summary>
/// <remarks>
/// A renderer writes a page in many small pieces (a bracket, an attribute name, a quote), so the characters are gathered
/// in a pooled character buffer and encoded a few thousand at a time: one call to the encoder per piece cost more than
/// the rest of writing the page.
/// </remarks>
public sealed class Utf8PageWriter : TextWriter
{
    private const int MaxGathered = 4096;

    // Stateful, so that a surrogate pair split over two writes (or two encoded runs) is still encoded as one character.
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly int _gatherLimit;
    private char[] _chars;
    private int _gathered;
    private byte[] _buffer;
    private int _length;

    /// <summary>A writer whose byte buffer starts at <paramref name="capacity"/> bytes and gathers at most as many characters before encoding them.</summary>
    public Utf8PageWriter(int capacity = 32 * 1024)
    {
        _gatherLimit = Math.Clamp(capacity, 1, MaxGathered);
        _chars = ArrayPool<char>.Shared.Rent(_gatherLimit);
        _buffer = ArrayPool<byte>.Shared.Rent(capacity);
    }

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (_gathered == _gatherLimit) Encode([], flush: false);
        _chars[_gathered++] = value;
    }

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.Length <= _gatherLimit - _gathered)
        {
            buffer.CopyTo(_chars.AsSpan(_gathered));
            _gathered += buffer.Length;
            return;
        }
        // A piece that does not fit is encoded straight after what was gathered before it.
        Encode(buffer, flush: false);
    }

    /// <summary>The bytes written so far, in an array of their own (a surrogate left waiting is written as U+FFFD).</summary>
    public byte[] ToArray()
    {
        Encode([], flush: true);
        return _buffer.AsSpan(0, _length).ToArray();
    }

    // Encodes the gathered characters, then the piece after them, in that order.
    private void Encode(ReadOnlySpan<char> piece, bool flush)
    {
        var gathered = _chars.AsSpan(0, _gathered);
        Reserve(Encoding.UTF8.GetMaxByteCount(gathered.Length + piece.Length));
        _length += _encoder.GetBytes(gathered, _buffer.AsSpan(_length), flush: flush && piece.IsEmpty);
        _gathered = 0;
        if (!piece.IsEmpty) _length += _encoder.GetBytes(piece, _buffer.AsSpan(_length), flush: flush);
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
            ArrayPool<char>.Shared.Return(_chars);
            _buffer = [];
            _chars = [];
            _length = 0;
            _gathered = 0;
        }
        base.Dispose(disposing);
    }
}
