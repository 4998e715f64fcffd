using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kennisplatform.Search;

/// <summary>
/// Cache keys from values: a value's JSON written straight into a SHA-256 hash, escaping only what JSON needs (the JSON
/// is hashed, never shown), and every long text (a page's body) as the SHA-256 of its characters instead of escaped and
/// transcoded. The key covers every character of the value at a fraction of the cost of its JSON.
/// </summary>
public static class KeyHash
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new LongText() },
    };

    /// <summary>Adds <paramref name="value"/> (as its runtime type) to <paramref name="hash"/>.</summary>
    public static void Append(IncrementalHash hash, object value)
    {
        using var buffer = new HashingBuffer(hash);
        using var json = new Utf8JsonWriter(buffer);
        JsonSerializer.Serialize(json, value, value.GetType(), Json);
    }

    /// <summary>A long text as the SHA-256 of its characters, written as an array, so it cannot stand for a short text.</summary>
    private sealed class LongText : JsonConverter<string>
    {
        private const int Long = 512;

        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("keys are only written");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            if (value.Length < Long)
            {
                writer.WriteStringValue(value);
                return;
            }
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(MemoryMarshal.AsBytes(value.AsSpan()), digest);
            writer.WriteStartArray();
            writer.WriteBase64StringValue(digest);
            writer.WriteEndArray();
        }

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value);
    }

    /// <summary>A rented buffer whose written bytes go into the hash.</summary>
    private sealed class HashingBuffer(IncrementalHash hash) : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);

        public void Advance(int count) => hash.AppendData(_buffer, 0, count);

        public Memory<byte> GetMemory(int sizeHint = 0) => Buffer(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Buffer(sizeHint);

        private byte[] Buffer(int sizeHint)
        {
            if (sizeHint > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
            }
            return _buffer;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
