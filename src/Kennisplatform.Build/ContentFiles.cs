using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// Every file under a content folder with the SHA-256 of its bytes: what the build's fingerprint and the content cache's
/// keys are made of. Each file is read at most once per build, and not at all when its stamp (<see cref="FileStamp"/>)
/// is the one a build before saw for the same bytes and that stamp can be trusted:
/// <list type="bullet">
/// <item>Before any file is looked at, a probe file in the cache folder is written; its change time is the file
/// system's "now". A stamp is kept for later builds only when the file's change and modification times are before
/// the probe's, on the same device (so the same clock: a network share stamps both with the server's time).</item>
/// <item>Any later write to the file, through any name, sets its change time to at least the probe's, so the stamp no
/// longer matches and the file is read again; a program cannot set a change time back (<c>touch</c>, <c>cp -p</c>,
/// <c>tar</c> and <c>git checkout</c> set modification times only, and set the change time to now).</item>
/// <item>A file changed in the same clock tick as the probe, or after it while it was being looked at, has a change
/// time not before the probe's: its stamp is not kept, and the next build reads it again.</item>
/// </list>
/// Without stamps (another system, a cache folder that cannot be written, a stamp file that cannot be read whole)
/// every file is read, as before. See docs/performance.md, "Incremental builds".
/// </summary>
public sealed class ContentFiles
{
    private const string StampsFile = "file-stamps";
    private const string ProbeFile = "stamp-probe";
    private const string Mark = "kp-file-stamps-v1";

    private readonly string _root;
    private readonly IReadOnlyList<(string Path, byte[] Hash)> _files;
    private readonly Dictionary<string, byte[]> _hashes;
    private readonly ConcurrentDictionary<string, byte[]> _bytes;

    private ContentFiles(string root, IReadOnlyList<(string Path, byte[] Hash)> files, ConcurrentDictionary<string, byte[]> bytes, int read)
    {
        _root = root;
        _files = files;
        _hashes = files.ToDictionary(f => Key(f.Path), f => f.Hash, StringComparer.Ordinal);
        _bytes = bytes;
        Read = read;
    }

    /// <summary>Every file, its path relative to the content folder (in ordinal order of the full paths) and its SHA-256.</summary>
    public IReadOnlyList<(string Path, byte[] Hash)> Files => _files;

    /// <summary>The paths of <see cref="Files"/> as the content loader names them (with <c>/</c>): the folder listed once per build.</summary>
    public IEnumerable<string> Paths => _files.Select(f => Key(f.Path));

    /// <summary>How many files were read (the others' hashes came from their stamps).</summary>
    public int Read { get; }

    /// <summary>
    /// Looks at every file under <paramref name="root"/>; with <paramref name="stampFolder"/> (the build cache), uses and
    /// keeps the stamps there. The Markdown files read on the way are kept for <see cref="Take"/>.
    /// </summary>
    public static ContentFiles Scan(string root, string? stampFolder)
    {
        root = Path.GetFullPath(root);
        var known = stampFolder is null ? [] : ReadStamps(Path.Combine(stampFolder, StampsFile));
        var probe = stampFolder is null ? null : Probe(stampFolder);
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var files = new (string Path, byte[] Hash)[paths.Count];
        var stamps = new (FileStamp Stamp, byte[] Hash)?[paths.Count];
        var bytes = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var read = 0;
        Parallel.For(0, paths.Count, i =>
        {
            var relative = Path.GetRelativePath(root, paths[i]);
            // The stamp before the bytes: a write between the two leaves a stamp that no longer matches.
            var stamp = probe is null ? null : FileStamp.Of(paths[i]);
            if (stamp is { } s && known.TryGetValue(Key(relative), out var kept) && kept.Stamp == s)
            {
                files[i] = (relative, kept.Hash);
                stamps[i] = kept;
                return;
            }
            Interlocked.Increment(ref read);
            var content = File.ReadAllBytes(paths[i]);
            var hash = SHA256.HashData(content);
            files[i] = (relative, hash);
            if (relative.EndsWith(".md", StringComparison.Ordinal)) bytes[Key(relative)] = content;
            if (stamp is { } t && probe is { } p && t.Device == p.Device && t.Changed < p.Changed && t.Modified < p.Changed) stamps[i] = (t, hash);
        });
        if (stampFolder is not null && (read > 0 || known.Count != paths.Count))
        {
            WriteStamps(Path.Combine(stampFolder, StampsFile),
                files.Select((f, i) => (Key(f.Path), stamps[i])).Where(s => s.Item2 is not null).Select(s => (s.Item1, s.Item2!.Value)));
        }
        return new ContentFiles(root, files, bytes, read);
    }

    /// <summary>The SHA-256 of the file at <paramref name="path"/> (relative, with <c>/</c>) when it was looked at, or null.</summary>
    public byte[]? HashOf(string path) => _hashes.GetValueOrDefault(path);

    /// <summary>
    /// The bytes of the file at <paramref name="path"/> (relative, with <c>/</c>) with their SHA-256: those the scan read,
    /// handed over once; else read now, with no hash (the file may have changed since the scan).
    /// </summary>
    public (byte[] Bytes, byte[]? Hash) Take(string path) =>
        _bytes.TryRemove(path, out var bytes) ? (bytes, _hashes[path]) : (File.ReadAllBytes(Path.Combine(_root, path)), null);

    // Paths as the content loader names them.
    private static string Key(string relative) => relative.Replace('\\', '/');

    /// <summary>The file system's "now" on the cache folder's device, as the change time of a file written now.</summary>
    private static FileStamp? Probe(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, ProbeFile);
            File.WriteAllBytes(probe, [1]);
            return FileStamp.Of(probe);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            return null; // no stamps can be trusted: every file is read
        }
    }

    private static Dictionary<string, (FileStamp Stamp, byte[] Hash)> ReadStamps(string file)
    {
        var stamps = new Dictionary<string, (FileStamp, byte[])>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(file)) return stamps;
            var lines = File.ReadAllLines(file);
            // Without its end mark the file may have lost lines, or be another layout's: nothing in it is used.
            if (lines.Length == 0 || lines[^1] != Mark) return [];
            // Fields as ranges of the line: only the path and the hash become objects (10 000 lines on every build).
            Span<Range> f = stackalloc Range[8];
            foreach (var text in lines.AsSpan(0, lines.Length - 1))
            {
                var line = text.AsSpan();
                if (line.Split(f, '\t') != 7) return [];
                var stamp = new FileStamp(long.Parse(line[f[1]], CultureInfo.InvariantCulture), long.Parse(line[f[2]], CultureInfo.InvariantCulture),
                    long.Parse(line[f[3]], CultureInfo.InvariantCulture), ulong.Parse(line[f[4]], CultureInfo.InvariantCulture),
                    ulong.Parse(line[f[5]], CultureInfo.InvariantCulture));
                var hash = Convert.FromHexString(line[f[6]]);
                if (hash.Length != SHA256.HashSizeInBytes) return [];
                stamps[line[f[0]].ToString()] = (stamp, hash);
            }
            return stamps;
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e) || e is FormatException or OverflowException)
        {
            return [];
        }
    }

    private static void WriteStamps(string file, IEnumerable<(string Path, (FileStamp Stamp, byte[] Hash) Kept)> stamps)
    {
        // Formatted straight into UTF-8 (10 000 lines on every edit): no string per line, no text of the whole file.
        var text = new ArrayBufferWriter<byte>(1 << 20);
        foreach (var (path, (s, hash)) in stamps)
        {
            // A name that would break a line is never trusted: that file is read on every build.
            if (path.Contains('\t') || path.Contains('\n') || path.Contains('\r')) continue;
            var line = text.GetSpan(3 * path.Length + 6 * 21 + 2 * hash.Length + 1);
            if (!Utf8.TryWrite(line, CultureInfo.InvariantCulture, $"{path}\t{s.Size}\t{s.Modified}\t{s.Changed}\t{s.Inode}\t{s.Device}\t", out var written)
                || !Convert.TryToHexString(hash, line[written..], out var hex))
            {
                throw new InvalidOperationException("a file stamp longer than its room");
            }
            line[written + hex] = (byte)'\n';
            text.Advance(written + hex + 1);
        }
        Encoding.UTF8.GetBytes(Mark + "\n", text);
        // Not kept when it cannot be written: the next build reads every file.
        WholeFile.TryWrite(file, stream => stream.Write(text.WrittenSpan));
    }
}
