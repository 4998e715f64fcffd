using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// What the last build put out (paths with the cache keys of their files), under the key of everything it was made
/// from (<see cref="SiteKey"/> with a page's own inputs): a build whose page or group of files has an input key seen
/// before places the cached files without making their models, hashing them or writing them again. Only what this
/// build used is kept for the next one. A file cut short or garbled gives no entries (everything is made again).
/// </summary>
public sealed class OutputMemo
{
    // The last line: a memo without it may have lost lines.
    private static ReadOnlySpan<byte> MarkLine => "kp-output-memo-v1\n"u8;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<(string Path, string Key)>> _last;
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Path, string Key)>> _used = new(StringComparer.Ordinal);

    private OutputMemo(IReadOnlyDictionary<string, IReadOnlyList<(string Path, string Key)>> last) => _last = last;

    /// <summary>An empty memo (a build without one, or whose memo could not be read).</summary>
    public static OutputMemo Empty() => new(new Dictionary<string, IReadOnlyList<(string, string)>>());

    /// <summary>The memo kept in <paramref name="file"/>, or an empty one when it is missing or cannot be read whole.</summary>
    public static OutputMemo Read(string file)
    {
        try
        {
            // Read as bytes, line by line (11 000 lines on every edit): no string per line, an input's key made once for its outputs.
            ReadOnlySpan<byte> text = File.ReadAllBytes(file);
            if (!text.EndsWith(MarkLine)) return Empty();
            text = text[..^MarkLine.Length];
            var entries = new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal);
            List<(string, string)>? outputs = null;
            ReadOnlySpan<byte> last = default;
            while (!text.IsEmpty)
            {
                var end = text.IndexOf((byte)'\n');
                if (end < 0) return Empty();
                var line = text[..end];
                text = text[(end + 1)..];
                // Three fields: input key, path, content key.
                var tab = line.IndexOf((byte)'\t');
                if (tab < 0) return Empty();
                var input = line[..tab];
                line = line[(tab + 1)..];
                if ((tab = line.IndexOf((byte)'\t')) < 0) return Empty();
                var path = line[..tab];
                var key = line[(tab + 1)..];
                if (input.Length != 64 || path.IsEmpty || key.IsEmpty || key.Contains((byte)'\t')) return Empty();
                if (outputs is null || !input.SequenceEqual(last))
                {
                    last = input;
                    var name = Encoding.UTF8.GetString(input);
                    if (!entries.TryGetValue(name, out var known)) entries[name] = known = new List<(string, string)>();
                    outputs = (List<(string, string)>)known;
                }
                outputs.Add((Encoding.UTF8.GetString(path), Encoding.UTF8.GetString(key)));
            }
            return new OutputMemo(entries);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            return Empty();
        }
    }

    /// <summary>The outputs kept under <paramref name="inputKey"/> by the last build, or null.</summary>
    public IReadOnlyList<(string Path, string Key)>? Get(string inputKey) => _last.GetValueOrDefault(inputKey);

    /// <summary>Keeps <paramref name="outputs"/> under <paramref name="inputKey"/> for the next build.</summary>
    public void Set(string inputKey, IReadOnlyList<(string Path, string Key)> outputs) => _used[inputKey] = outputs;

    /// <summary>
    /// Writes what this build used, whole or not at all; false when it could not be written (not kept: the next build
    /// makes its pages' models again).
    /// </summary>
    public bool Write(string file)
    {
        var entries = _used.ToArray();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        // Formatted straight into UTF-8: no string per line.
        var text = new ArrayBufferWriter<byte>(1 << 21);
        foreach (var (input, outputs) in entries)
        {
            foreach (var (path, key) in outputs)
            {
                var line = text.GetSpan(Encoding.UTF8.GetMaxByteCount(input.Length + path.Length + key.Length + 3));
                var length = Encoding.UTF8.GetBytes(input, line);
                line[length++] = (byte)'\t';
                length += Encoding.UTF8.GetBytes(path, line[length..]);
                line[length++] = (byte)'\t';
                length += Encoding.UTF8.GetBytes(key, line[length..]);
                line[length++] = (byte)'\n';
                text.Advance(length);
            }
        }
        text.Write(MarkLine);
        return WholeFile.TryWrite(file, stream => stream.Write(text.WrittenSpan));
    }
}
