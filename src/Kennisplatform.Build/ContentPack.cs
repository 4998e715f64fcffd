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
/// Entries that are all read on every build (<c>together</c>, e.g. the content cache's main entries, 10 000 small
/// entries between far larger ones) are written in one run, and read with one read when the first of them is asked
/// for: one system call instead of one per entry.
/// </summary>
public sealed class ContentPack : IDisposable
{
    private const string Mark = "kp-content-pack-v1";
    private static readonly byte[] MarkBytes = Encoding.ASCII.GetBytes(Mark);
    private readonly SafeFileHandle? _file;
    private readonly Dictionary<string, (long Offset, int Length)> _entries;
    // The run of the entries read together: where it starts, how long it is, and its bytes once read (null: read each on its own).
    private readonly (long Offset, long Length)? _run;
    private readonly Lazy<byte[]?>? _runBytes;

    private ContentPack(string path, SafeFileHandle? file, Dictionary<string, (long, int)> entries, (long Offset, long Length)? run = null)
    {
        Path = path;
        _file = file;
        _entries = entries;
        _run = run;
        if (run is { } r && file is not null) _runBytes = new Lazy<byte[]?>(() => ReadRun(file, r.Offset, r.Length));
    }

    /// <summary>Where the pack is.</summary>
    public string Path { get; }

    /// <summary>The names of its entries.</summary>
    public IEnumerable<string> Names => _entries.Keys;

    /// <summary>The size of the pack's entries together.</summary>
    public long Size => _entries.Values.Sum(e => (long)e.Length);

    /// <summary>The size of one entry (0 when the pack has no such entry).</summary>
    public int SizeOf(string name) => _entries.TryGetValue(name, out var entry) ? entry.Length : 0;

    /// <summary>
    /// Opens the pack at <paramref name="path"/>; a missing or unreadable file gives an empty pack. The entries named as
    /// <paramref name="together"/> says are read in one read, when they lie in one run of the file (as
    /// <see cref="Writer"/> writes them with the same <paramref name="together"/>); otherwise each on its own.
    /// </summary>
    public static ContentPack Open(string path, Func<string, bool>? together = null)
    {
        SafeFileHandle? file = null;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            if (ReadTable(file) is { } entries) return new ContentPack(path, file, entries, together is null ? null : RunOf(entries, together));
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e) || e is EndOfStreamException or InvalidDataException or FormatException)
        {
            // Not there or not a pack: no entries.
        }
        file?.Dispose();
        return new ContentPack(path, null, new Dictionary<string, (long, int)>(StringComparer.Ordinal));
    }

    /// <summary>The bytes of entry <paramref name="name"/>, or null when the pack has none (or it cannot be read). Thread-safe.</summary>
    public byte[]? Read(string name) => ReadShared(name) is not { } bytes ? null
        : _runBytes is { IsValueCreated: true } run && ReferenceEquals(bytes.Array, run.Value) ? bytes.ToArray() : bytes.Array;

    /// <summary>
    /// The bytes of entry <paramref name="name"/> as <see cref="Read"/> gives them, or, for an entry read with the
    /// others read together, its part of their bytes, not copied (not to be changed). Thread-safe.
    /// </summary>
    public ArraySegment<byte>? ReadShared(string name)
    {
        if (_file is null || !_entries.TryGetValue(name, out var entry)) return null;
        if (_run is { } run && entry.Offset >= run.Offset && entry.Offset + entry.Length <= run.Offset + run.Length && _runBytes!.Value is { } together)
        {
            return new ArraySegment<byte>(together, (int)(entry.Offset - run.Offset), entry.Length);
        }
        var bytes = new byte[entry.Length];
        try
        {
            return RandomAccess.Read(_file, bytes, entry.Offset) == bytes.Length ? new ArraySegment<byte>(bytes) : (ArraySegment<byte>?)null;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file?.Dispose();

    // Where the entries read together lie, when they are one run of the file with nothing else in it; else null.
    private static (long, long)? RunOf(Dictionary<string, (long Offset, int Length)> entries, Func<string, bool> together)
    {
        var (start, end, size) = (long.MaxValue, 0L, 0L);
        foreach (var (name, (offset, length)) in entries)
        {
            if (!together(name)) continue;
            start = Math.Min(start, offset);
            end = Math.Max(end, offset + length);
            size += length;
        }
        // Only when they fill the span, as a pack written with them together has them: a span with other entries in it
        // would read bytes no one asked for (each entry is its own bytes of the file either way).
        return size > 0 && end - start == size && size <= Array.MaxLength ? (start, size) : null;
    }

    // The run's bytes, or null when they cannot be read (each entry is then read on its own, and may fail on its own).
    private static byte[]? ReadRun(SafeFileHandle file, long offset, long length)
    {
        try
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)length);
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(file, bytes.AsSpan(read), offset + read) is var n and > 0) read += n;
            return read == bytes.Length ? bytes : null;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return null;
        }
    }

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
        private readonly Func<string, bool>? _together;
        // The entries written together, held until the pack is finished: their offsets in here, then after the others.
        private readonly MemoryStream _run = new();
        private readonly List<(string Name, long Offset, int Length)> _runTable = [];

        /// <summary>
        /// Starts a pack at <paramref name="path"/> (a temporary name: see <see cref="Finish"/>); the entries named as
        /// <paramref name="together"/> says are written in one run after all others.
        /// </summary>
        public Writer(string path, Func<string, bool>? together = null)
        {
            Path = path;
            _together = together;
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
                lock (_lock) return _stream.Position + _run.Length;
            }
        }

        /// <summary>Adds an entry; a name already written is left as it was (the same name has the same bytes).</summary>
        public void Add(string name, ReadOnlySpan<byte> bytes)
        {
            lock (_lock)
            {
                if (!_names.Add(name)) return;
                if (_together?.Invoke(name) == true)
                {
                    _runTable.Add((name, _run.Position, bytes.Length));
                    _run.Write(bytes);
                    return;
                }
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
                var runStart = _stream.Position;
                _run.Position = 0;
                _run.CopyTo(_stream);
                foreach (var (name, offset, length) in _runTable) _table.Add((name, runStart + offset, length));
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
        public void Dispose()
        {
            _stream.Dispose();
            _run.Dispose();
        }
    }
}
