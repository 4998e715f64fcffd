using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Kennisplatform.Build;

/// <summary>
/// The bytes of a key gathered in one pooled buffer and hashed in one step: the keys made for every file and page of
/// an edit (content keys, page input keys) then cost no strings, builders or hash objects of their own.
/// </summary>
internal sealed class HashInput : IDisposable
{
    private byte[] _buffer;
    private int _length;

    /// <summary>An empty input with room for <paramref name="capacity"/> bytes (it grows when needed).</summary>
    public HashInput(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));

    /// <summary>Appends bytes as they are.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Appends a text as UTF-8.</summary>
    public void Append(string text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    /// <summary>Appends one character below 128 (a separator).</summary>
    public void Append(char ascii)
    {
        Reserve(1);
        _buffer[_length++] = (byte)ascii;
    }

    /// <summary>The SHA-256 of everything appended, as lower-case hex.</summary>
    public string ToKey()
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.AsSpan(0, _length), digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer is null) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null!;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
