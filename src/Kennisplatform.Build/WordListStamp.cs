using System.Globalization;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// A word list file's key (<see cref="WordList.Key"/>, the SHA-256 of its words) kept in the build cache with the file's
/// stamp (<see cref="FileStamp"/>): while the file has that stamp, a build takes the key from here and reads the words
/// only when it needs them (a word new to the content), instead of reading and hashing the 413 000 words of the system
/// list on every build. A stamp is kept only when the file had not been written for a while before it was read (its
/// change time well before the build), so that a write in the same clock tick cannot hide behind an unchanged stamp.
/// </summary>
public static class WordListStamp
{
    private const string Mark = "kp-word-list-v1";

    /// <summary>How long before the build a file's last change must be for its stamp to be kept.</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The word list in <paramref name="file"/> (empty when there is none): with the key kept in <paramref name="memoFile"/>
    /// when the file's stamp is the one kept there, else read now, and its key kept when the file stood still long
    /// enough before <paramref name="now"/>.
    /// </summary>
    public static WordList Open(string file, string memoFile, DateTimeOffset now)
    {
        var stamp = FileStamp.Of(file);
        if (stamp is { } current && Read(memoFile) is { } kept && kept.File == file && kept.Stamp == current) return WordList.OfFile(file, kept.Key);
        var list = new WordList(File.Exists(file) ? File.ReadLines(file) : []);
        // The stamp before the words and after them: a write in between leaves no key behind.
        var settled = (now - Settled).ToUnixTimeMilliseconds() * 1_000_000;
        if (stamp is { } before && before.Changed < settled && before.Modified < settled && FileStamp.Of(file) == before)
        {
            WholeFile.TryWrite(memoFile, stream =>
            {
                using var writer = new StreamWriter(stream, leaveOpen: true);
                writer.Write(string.Join('\n', Mark, file, before.Size, before.Modified, before.Changed, before.Inode, before.Device, list.Key, Mark));
            });
        }
        return list;
    }

    // The file, its stamp and its key as kept; null when there are none or they cannot be read whole.
    private static (string File, FileStamp Stamp, string Key)? Read(string memoFile)
    {
        try
        {
            var lines = File.ReadAllText(memoFile).Split('\n');
            if (lines.Length != 9 || lines[0] != Mark || lines[8] != Mark || lines[7].Length != 64) return null;
            var culture = CultureInfo.InvariantCulture;
            return (lines[1], new FileStamp(long.Parse(lines[2], culture), long.Parse(lines[3], culture), long.Parse(lines[4], culture),
                ulong.Parse(lines[5], culture), ulong.Parse(lines[6], culture)), lines[7]);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e) || e is FormatException or OverflowException)
        {
            return null;
        }
    }
}
