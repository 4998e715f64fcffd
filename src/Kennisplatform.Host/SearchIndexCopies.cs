using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>
/// The host's one-segment copies of published indexes (<see cref="SingleSegmentCopy"/>), in a folder of its own, each
/// under its index's key, so that a restarted host, or another host sharing the folder, finds a copy already made.
/// A copy is written aside under a name of its own and renamed into place once complete and verified, so a folder under
/// a key is always a whole copy; when two hosts write the same copy, the first rename wins and the other host uses it.
/// Copies are made one at a time. Any failure (a folder the host may not write, a full disk, a damaged copy) leaves
/// the published index in use: a copy only ever makes search faster, never unavailable.
/// </summary>
public sealed class SearchIndexCopies(string? folder, ILogger<SearchIndexCopies> log)
{
    /// <summary>How many copies are kept (the newest): the current build's, and a few for builds still served or rolled back to.</summary>
    public const int Kept = 3;

    // Leftovers of a host that stopped while writing; younger ones may still be written by another host.
    private static readonly TimeSpan StaleAside = TimeSpan.FromHours(1);

    private readonly Lock _one = new();

    /// <summary>Where the copies are; null when copies are off.</summary>
    public string? Folder => folder;

    /// <summary>
    /// The folder of the verified one-segment copy of the index in <paramref name="index"/>, found or written now; null
    /// when copies are off, the index has one segment already, <paramref name="wanted"/> says it is no longer needed
    /// (a newer build came first), or the copy cannot be made. Blocks while it works: call it off the request path.
    /// </summary>
    public string? Prepare(string index, Func<bool> wanted)
    {
        if (folder is null) return null;
        lock (_one)
        {
            try
            {
                if (!wanted() || SingleSegmentCopy.Segments(index) <= 1) return null;
                var key = SingleSegmentCopy.Key(index);
                var target = Path.Combine(folder, key);
                if (Directory.Exists(target))
                {
                    if (SingleSegmentCopy.Verify(index, target)) return Searching(index, target);
                    log.LogWarning("The search index copy {Copy} is damaged; writing it again", target);
                    Remove(target);
                }
                if (!wanted()) return null;
                Directory.CreateDirectory(folder);
                var aside = Path.Combine(folder, $"{key}.tmp-{Guid.NewGuid():N}");
                try
                {
                    SingleSegmentCopy.Write(index, aside);
                    if (!SingleSegmentCopy.Verify(index, aside)) throw new InvalidDataException($"the copy in {aside} does not verify");
                    try
                    {
                        Directory.Move(aside, target);
                    }
                    catch (IOException) when (Directory.Exists(target))
                    {
                        // Another host renamed its copy of the same index into place first: use that one.
                        if (!SingleSegmentCopy.Verify(index, target)) return null;
                    }
                }
                finally
                {
                    if (Directory.Exists(aside)) Directory.Delete(aside, recursive: true);
                }
                RemoveOld(key);
                return Searching(index, target);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "No one-segment copy of the search index {Index}; searching it as published", index);
                return null;
            }
        }
    }

    // Said whether the copy was found or made, so that the log tells which index a host searches.
    private string Searching(string index, string copy)
    {
        log.LogInformation("Searching a one-segment copy of {Index}: {Copy}", index, copy);
        return copy;
    }

    // Renamed first, so that no host opens a copy half removed.
    private static void Remove(string copy)
    {
        var doomed = $"{copy}.old-{Guid.NewGuid():N}";
        Directory.Move(copy, doomed);
        Directory.Delete(doomed, recursive: true);
    }

    private void RemoveOld(string current)
    {
        var entries = new DirectoryInfo(folder!).GetDirectories();
        var now = DateTime.UtcNow;
        var old = entries.Where(d => !d.Name.Contains('.', StringComparison.Ordinal) && d.Name != current)
            .OrderByDescending(d => d.LastWriteTimeUtc).Skip(Kept - 1)
            .Concat(entries.Where(d => d.Name.Contains('.', StringComparison.Ordinal) && now - d.LastWriteTimeUtc > StaleAside));
        foreach (var entry in old)
        {
            try
            {
                // An old copy another request or host still reads keeps its open files (the index is opened whole).
                if (entry.Name.Contains('.', StringComparison.Ordinal)) entry.Delete(recursive: true);
                else Remove(entry.FullName);
            }
            catch (Exception e) when (WholeFile.IsFileSystemFault(e))
            {
                log.LogWarning(e, "Cannot remove the old search index copy {Copy}", entry.FullName);
            }
        }
    }
}
