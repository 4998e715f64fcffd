using System.Security.Cryptography;
using System.Text;

namespace Kennisplatform.Search;

/// <summary>
/// A small cache record as UTF-8 text followed by a last line with the SHA-256 (hex) of everything before it: a file
/// cut short or garbled is read as none, and the record is worked out again.
/// </summary>
internal static class SummedText
{
    private const int SumLength = 64 + 1;

    /// <summary>Writes <paramref name="text"/> and its sum to <paramref name="file"/>, whole or not at all; false when it could not be written.</summary>
    public static bool TryWrite(string file, string text)
    {
        var body = Encoding.UTF8.GetBytes(text);
        var sum = Encoding.ASCII.GetBytes(Convert.ToHexString(SHA256.HashData(body)) + "\n");
        return WholeFile.TryWrite(file, stream =>
        {
            stream.Write(body);
            stream.Write(sum);
        });
    }

    /// <summary>The text in <paramref name="file"/> when its sum fits; null when there is no such file or it is not whole.</summary>
    public static string? Read(string file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < SumLength || bytes[^1] != '\n') return null;
            var body = bytes.AsSpan(0, bytes.Length - SumLength);
            return Encoding.ASCII.GetString(bytes, body.Length, 64).Equals(Convert.ToHexString(SHA256.HashData(body)), StringComparison.Ordinal)
                ? Encoding.UTF8.GetString(body)
                : null;
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            return null;
        }
    }
}
