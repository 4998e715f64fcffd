using System.Text;
using Kennisplatform.Search;
using Microsoft.Win32.SafeHandles;

namespace Kennisplatform.Build;

/// <summary>
/// Many small named entries in one file, read by position and written in one sequential pass: the content cache's
/// entries were one file each, and opening 30 000 small files was most of what reading them back cost (and much of the
/// system time of a cold build). The file is the entries one after the other, then a table of contents (name, position,
/// length), its position and an end mark. A file without its end mark or whose table does not fit is not a pack: it
/// gives no entries, and the entries are made again.
/// </summary>
public sealed class ContentPack : IDisposable
{
    private const string Mark = "kp-content-pack-v1";
    private static readonly byte[] MarkBytes = Encoding.ASCII.GetBytes(Mark);
    private readonly SafeFileHandle? _file;
    private readonly Dictionary<string, (long Offset, int Length)> _entries;

    private ContentPack(string path, SafeFileHandle? file, Dictionary<string, (long, int)> entries)
    {
        Path = path;
        _file = file;
        _entries = entries;
    }

    /// <summary>Where the pack is.</summary>
    public string Path { get; }

    /// <summary>The names of its entries.</summary>
    public IEnumerable<string> Names => _entries.Keys;

    /// <summary>The size of the pack's entries together.</summary>
    public long Size => _entries.Values.Sum(e => (long)e.Length);

    /// <summary>The size of one entry (0 when the pack has no such entry).</summary>
    public int SizeOf(string name) => _entries.TryGetValue(name, out var entry) ? entry.Length : 0;

    /// <summary>Opens the pack at <paramref name="path"/>; a missing or unreadable file gives an empty pack.</summary>
    public static ContentPack Open(string path)
    {
        SafeFileHandle? file = null;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            if (ReadTable(file) is { } entries) return new ContentPack(path, file, entries);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e) || e is EndOfStreamException or InvalidDataException or FormatException)
        {
            // Not there or not a pack: no entries.
        }
        file?.Dispose();
        return new ContentPack(path, null, new Dictionary<string, (long, int)>(StringComparer.Ordinal));
    }

    /// <summary>The bytes of entry <paramref name="name"/>, or null when the pack has none (or it cannot be read). Thread-safe.</summary>
    public byte[]? Read(string name)
    {
        if (_file is null || !_entries.TryGetValue(name, out var entry)) return null;
        var bytes = new byte[entry.Length];
        try
        {
            return RandomAccess.Read(_file, bytes, entry.Offset) == bytes.Length ? bytes : null;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file?.Dispose();

    private static Dictionary<string, (long, int)>? ReadTable(SafeFileHandle file)
    {
        var length = RandomAccess.GetLength(file);
        var tail = new byte[sizeof(long) + MarkBytes.Length];
        if (length < tail.Length || RandomAccess.Read(file, tail, length - tail.Length) != tail.Length) return null;
        if (!tail.AsSpan(sizeof(long)).SequenceEqual(MarkBytes)) return null;
        var start = BitConverter.ToInt64(tail, 0);
        if (start < 0 || start > length - tail.Length) return null;
        var table = new byte[length - tail.Length - start];
        if (RandomAccess.Read(file, table, start) != table.Length) return null;
        using var reader = new EntryReader(table);
        var count = reader.ReadInt32();
        if (count < 0) return null;
        var entries = new Dictionary<string, (long, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var offset = reader.ReadInt64();
            var size = reader.ReadInt32();
            if (offset < 0 || size < 0 || offset + size > start) return null;
            entries[name] = (offset, size);
        }
        return reader.BaseStream.Position == table.Length ? entries : null;
    }

    /// <summary>Writes a pack sequentially: entries as they come (thread-safe), then <see cref="Finish"/>.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly FileStream _stream;
        private readonly List<(string Name, long Offset, int Length)> _table = [];
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        /// <summary>Starts a pack at <paramref name="path"/> (a temporary name: see <see cref="Finish"/>).</summary>
        public Writer(string path)
        {
            Path = path;
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }

        /// <summary>Where the pack is being written.</summary>
        public string Path { get; }

        /// <summary>The names written so far.</summary>
        public IReadOnlyCollection<string> Names
        {
            get
            {
                lock (_lock) return _names.ToList();
            }
        }

        /// <summary>The size of the entries written so far.</summary>
        public long Size
        {
            get
            {
                lock (_lock) return _stream.Position;
            }
        }

        /// <summary>Adds an entry; a name already written is left as it was (the same name has the same bytes).</summary>
        public void Add(string name, ReadOnlySpan<byte> bytes)
        {
            lock (_lock)
            {
                if (!_names.Add(name)) return;
                _table.Add((name, _stream.Position, bytes.Length));
                _stream.Write(bytes);
            }
        }

        /// <summary>True when an entry of this name was written.</summary>
        public bool Has(string name)
        {
            lock (_lock) return _names.Contains(name);
        }

        /// <summary>
        /// Writes the table of contents and the end mark, and moves the pack to <paramref name="target"/>. The one writer
        /// besides <c>WholeFile</c> that moves a file into place: a pack is filled during the whole build and its target
        /// is only chosen here.
        /// </summary>
        public void Finish(string target)
        {
            lock (_lock)
            {
                var start = _stream.Position;
                using (var writer = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(_table.Count);
                    foreach (var (name, offset, length) in _table)
                    {
                        writer.Write(name);
                        writer.Write(offset);
                        writer.Write(length);
                    }
                    writer.Write(start);
                    writer.Write(MarkBytes);
                }
                _stream.Flush();
                _stream.Dispose();
                File.Move(Path, target, overwrite: true);
            }
        }

        /// <inheritdoc />
        public void Dispose() => _stream.Dispose();
    }
}
