using System.Collections.Concurrent;
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
    private const string Mark = "kp-output-memo-v1";
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
            var lines = File.ReadAllLines(file);
            if (lines.Length == 0 || lines[^1] != Mark) return Empty();
            var entries = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
            foreach (var line in lines.AsSpan(0, lines.Length - 1))
            {
                var fields = line.Split('\t');
                if (fields.Length != 3 || fields[0].Length != 64 || fields[1].Length == 0 || fields[2].Length == 0) return Empty();
                if (!entries.TryGetValue(fields[0], out var outputs)) entries[fields[0]] = outputs = [];
                outputs.Add((fields[1], fields[2]));
            }
            return new OutputMemo(entries.ToDictionary(e => e.Key, e => (IReadOnlyList<(string, string)>)e.Value, StringComparer.Ordinal));
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
    public bool Write(string file) => WholeFile.TryWrite(file, stream =>
    {
        using var writer = new StreamWriter(stream, leaveOpen: true);
        foreach (var (input, outputs) in _used.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var (path, key) in outputs) writer.WriteLine($"{input}\t{path}\t{key}");
        }
        writer.WriteLine(Mark);
    });
}
