namespace Kennisplatform.Search;

/// <summary>
/// The index parts' keys of the last build, each under the key of the documents it was worked out from, with the key of
/// the compound dictionary they were worked out for, kept in the part cache. With the same dictionary, a part whose
/// documents did not change takes its key from here instead of reading its documents' compound candidates again; with
/// another dictionary, its last key names the part folder whose <see cref="PartCandidates"/> give the new key. A file
/// cut short or garbled gives no keys (every key is worked out again).
/// </summary>
internal sealed record PartKeyMemo(string Dictionary, IReadOnlyDictionary<string, string> Keys)
{
    private const string FileName = "part-keys";
    private const string Mark = "kp-part-keys-v2";
    private const string DictionaryLine = "dictionary ";

    /// <summary>No keys known.</summary>
    public static PartKeyMemo None { get; } = new("", new Dictionary<string, string>());

    /// <summary>The keys kept in <paramref name="partCache"/>.</summary>
    public static PartKeyMemo Read(string partCache)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(partCache, FileName));
            if (lines.Length < 2 || lines[^1] != Mark || !lines[^2].StartsWith(DictionaryLine, StringComparison.Ordinal)) return None;
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines[..^2])
            {
                var fields = line.Split(' ');
                if (fields.Length != 2 || fields[0].Length != 64 || fields[1].Length != 64) return None;
                keys[fields[0]] = fields[1];
            }
            return new PartKeyMemo(lines[^2][DictionaryLine.Length..], keys);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            return None;
        }
    }

    /// <summary>
    /// Keeps this build's keys (<paramref name="keys"/>, each under <paramref name="sources"/>' key at the same position),
    /// worked out for the dictionary <paramref name="dictionary"/>; false when they could not be written (not kept: the
    /// keys are worked out again next time).
    /// </summary>
    public static bool Write(string partCache, string dictionary, IReadOnlyList<string> sources, IReadOnlyList<string> keys) =>
        WholeFile.TryWrite(Path.Combine(partCache, FileName), stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            for (var i = 0; i < sources.Count; i++) writer.WriteLine($"{sources[i]} {keys[i]}");
            writer.WriteLine(DictionaryLine + dictionary);
            writer.WriteLine(Mark);
        });
}
