using System.Collections.Concurrent;
using System.Security.Cryptography;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// The files of one build, written into its folder. Every file is recorded under a content key (the SHA-256 of its
/// bytes, or the key of the cached result it is a link to). Given what the folder held before (a build folder
/// reused from two builds ago, or a copy of the published one: <see cref="NextBuildFolder"/>), a file whose key is unchanged is left alone, and
/// files the build no longer has are removed at the end: an edit writes the few files it changes, not the site.
/// A file that changes is written aside and renamed over the old one, never changed in place (it may be a hard link
/// into the cache).
/// </summary>
public sealed class SiteOutput(string root, Task<IReadOnlyDictionary<string, string>?> ready)
{
    /// <summary>An output into <paramref name="root"/>, which holds <paramref name="before"/> (null: nothing).</summary>
    public SiteOutput(string root, IReadOnlyDictionary<string, string>? before = null) : this(root, Task.FromResult(before))
    {
    }

    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    // The folders this build made or found: a file is placed with one system call, not one more for its folder.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private int _written;

    // What the folder held before this build: known once the folder is ready (a copy of the published build may still
    // be being made while the content is checked and the index written), and waited for by the first file placed.
    private IReadOnlyDictionary<string, string>? Before => ready.GetAwaiter().GetResult();

    /// <summary>The build folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>How many files were written (the rest were already there).</summary>
    public int Written => _written;

    /// <summary>How many files the build has.</summary>
    public int Count => _files.Count;

    /// <summary>The SHA-256 of some bytes, as the key of a file.</summary>
    public static string KeyOf(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>
    /// True when the folder held the content <paramref name="key"/> at <paramref name="path"/> before this build: placing
    /// it there again writes nothing, so the file it would be linked to need not be looked for.
    /// </summary>
    public bool Holds(string path, string key) => Before is { } before && before.TryGetValue(path.Replace('\\', '/'), out var old) && old == key;

    /// <summary>
    /// Records <paramref name="path"/> with <paramref name="key"/> when the folder held that content there before this
    /// build, which then writes nothing for it (as <see cref="Place"/> would, without its file or a look-up more); false,
    /// with nothing recorded, when it did not.
    /// </summary>
    public bool Keep(string path, string key)
    {
        path = path.Replace('\\', '/');
        if (!Holds(path, key)) return false;
        Record(path, key);
        return true;
    }

    private bool Held(string path) => Before is { } before && before.ContainsKey(path.Replace('\\', '/'));

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="path"/> (relative to the build folder).</summary>
    public void Write(string path, byte[] bytes) => Put(path, KeyOf(bytes), target => WholeFile.Write(target, bytes));

    /// <summary>
    /// Writes a group of files that follow from one input key (<paramref name="inputKey"/>, e.g. the site's own files
    /// outside <c>public/</c>, which follow from the site alone): when the last build kept the group under that key in
    /// <paramref name="memo"/> and the folder holds every file of it as kept, the files stay as they are and
    /// <paramref name="create"/> is not called.
    /// </summary>
    public void WriteGroup(string? inputKey, OutputMemo memo, Func<IEnumerable<(string Path, byte[] Bytes)>> create)
    {
        if (inputKey is not null && memo.Get(inputKey) is { } kept && kept.All(f => Holds(f.Path, f.Key)))
        {
            foreach (var (path, key) in kept) Put(path, key, _ => throw new InvalidOperationException($"{path} was to be kept as it is"));
            memo.Set(inputKey, kept);
            return;
        }
        var written = new List<(string Path, string Key)>();
        foreach (var (path, bytes) in create())
        {
            var key = KeyOf(bytes);
            Put(path, key, target => WholeFile.Write(target, bytes));
            written.Add((path, key));
        }
        if (inputKey is not null) memo.Set(inputKey, written);
    }

    /// <summary>
    /// Puts an immutable file, whose content <paramref name="key"/> names, at <paramref name="path"/> as a hard link. A
    /// path the folder did not hold before (every path of a fresh folder) is linked in place; when something is there
    /// after all, or the link cannot be made, the file is placed aside and renamed over it as any other change.
    /// </summary>
    public void Place(string path, string file, string key) => Put(path, key, target =>
    {
        if (!Held(path) && HardLink.TryCreate(file, target)) return;
        WholeFile.Replace(target, aside => HardLink.Place(file, aside));
    });

    // A path of the site gets its content once per build.
    private void Record(string path, string key)
    {
        if (!_files.TryAdd(path, key)) throw new InvalidOperationException($"{path} is written twice in one build");
    }

    /// <summary>
    /// Records the path, and writes it with <paramref name="write"/> unless the folder already holds this content there.
    /// A file of the site that cannot be written is the build's error.
    /// </summary>
    private void Put(string path, string key, Action<string> write)
    {
        path = path.Replace('\\', '/');
        Record(path, key);
        if (Holds(path, key)) return;
        var target = Path.Combine(Root, path);
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
        write(target);
        Interlocked.Increment(ref _written);
    }

    /// <summary>Removes what the folder held before and this build does not have; returns the record of the folder.</summary>
    public IReadOnlyDictionary<string, string> Complete()
    {
        if (Before is { } before)
        {
            foreach (var stale in before.Keys.Where(p => !_files.ContainsKey(p)))
            {
                var file = Path.Combine(Root, stale);
                if (File.Exists(file)) File.Delete(file);
                RemoveEmptyFolders(Path.GetDirectoryName(file)!);
            }
        }
        // In path order (a dictionary filled in order keeps it): sorting once is cheaper than a sorted tree of 34 000 paths.
        var files = _files.ToArray();
        Array.Sort(files, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var record = new Dictionary<string, string>(files.Length, StringComparer.Ordinal);
        foreach (var (path, key) in files) record.Add(path, key);
        return record;
    }

    private void RemoveEmptyFolders(string folder)
    {
        while (folder.Length > Root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
