namespace Kennisplatform.Search;

/// <summary>
/// The index parts' keys of the last build, each under the key of what it was worked out from (the part's documents
/// and the compound dictionary), kept in the part cache: a part whose documents and dictionary did not change takes
/// its key from here instead of reading its documents' compound candidates again. A file cut short or garbled gives
/// no keys (every key is worked out again).
/// </summary>
internal static class PartKeyMemo
{
    private const string FileName = "part-keys";
    private const string Mark = "kp-part-keys-v1";

    /// <summary>The keys kept in <paramref name="partCache"/>, by the key of what each follows from.</summary>
    public static IReadOnlyDictionary<string, string> Read(string partCache)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(partCache, FileName));
            if (lines.Length == 0 || lines[^1] != Mark) return new Dictionary<string, string>();
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines[..^1])
            {
                var fields = line.Split(' ');
                if (fields.Length != 2 || fields[0].Length != 64 || fields[1].Length != 64) return new Dictionary<string, string>();
                keys[fields[0]] = fields[1];
            }
            return keys;
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            return new Dictionary<string, string>();
        }
    }

    /// <summary>
    /// Keeps this build's keys (<paramref name="keys"/>, each under <paramref name="sources"/>' key at the same position);
    /// false when they could not be written (not kept: the keys are worked out again next time).
    /// </summary>
    public static bool Write(string partCache, IReadOnlyList<string> sources, IReadOnlyList<string> keys) =>
        WholeFile.TryWrite(Path.Combine(partCache, FileName), stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            for (var i = 0; i < sources.Count; i++) writer.WriteLine($"{sources[i]} {keys[i]}");
            writer.WriteLine(Mark);
        });
}
