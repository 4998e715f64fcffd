namespace Kennisplatform.Search;

/// <summary>
/// Writes a file whole or not at all: the bytes go to a temporary name in the target's own folder (so the rename
/// stays on one file system), the stream is flushed and closed, and the file is moved over the target in one rename.
/// A reader sees the old file or the new one, never half of one; a file that may be a hard link (a cached page,
/// an index file) is replaced, never changed in place. When writing fails, the temporary file is removed and the
/// target is left as it was.
/// <para>
/// The caller chooses what a failure means: <see cref="Write(string, Action{Stream})"/> lets it through (a file of
/// the site, a backup: an error), <see cref="TryWrite(string, Action{Stream})"/> reports it as false (a cache entry:
/// not kept, worked out again next time). The data is not forced to disk: a cache entry lost to a power cut is
/// caught by its own end mark or checksum, and the build that was publishing writes its folder again.
/// </para>
/// </summary>
public static class WholeFile
{
    /// <summary>
    /// Makes the file at <paramref name="target"/> with <paramref name="make"/>, which is given the temporary name to
    /// create (for writers that take a path: SQLite's backup, a hard link); the file it made is then moved into place.
    /// </summary>
    public static void Replace(string target, Action<string> make)
    {
        var temporary = TemporaryFor(target);
        try
        {
            make(temporary);
            File.Move(temporary, target, overwrite: true);
            // Renaming a hard link over another link of the same file changes nothing (rename(2)): the target has the
            // content already, and the second name goes.
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes what <paramref name="write"/> puts in the stream to <paramref name="target"/>; failures are let through.</summary>
    public static void Write(string target, Action<Stream> write) => Replace(target, temporary =>
    {
        using var stream = Create(temporary);
        write(stream);
        if (stream.CanWrite) stream.Flush(); // a writer that closed the stream flushed it then
    });

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="target"/>; failures are let through.</summary>
    public static void Write(string target, byte[] bytes) => Replace(target, temporary => File.WriteAllBytes(temporary, bytes));

    /// <summary>Writes what <paramref name="write"/> puts in the stream to <paramref name="target"/>, asynchronously; failures are let through.</summary>
    public static async Task WriteAsync(string target, Func<Stream, CancellationToken, Task> write, CancellationToken cancel = default)
    {
        var temporary = TemporaryFor(target);
        try
        {
            await using (var stream = Create(temporary, useAsync: true))
            {
                await write(stream, cancel);
                await stream.FlushAsync(cancel);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Writes what <paramref name="write"/> puts in the stream to <paramref name="target"/>; false, with the target left
    /// as it was, when the file system refused (<see cref="IsFileSystemFault"/>). For files that may be missing.
    /// </summary>
    public static bool TryWrite(string target, Action<Stream> write)
    {
        try
        {
            Write(target, write);
            return true;
        }
        catch (Exception e) when (IsFileSystemFault(e))
        {
            return false;
        }
    }

    /// <summary>
    /// True for the failures of the file system itself (a full disk, a folder that cannot be written or is gone), which
    /// a writer of a cache skips; false for faults of the code, which are never swallowed.
    /// </summary>
    public static bool IsFileSystemFault(Exception e) => e is IOException or UnauthorizedAccessException;

    // Unique per writer, so that two builds writing the same entry at once do not write into one temporary file.
    private static string TemporaryFor(string target) => $"{target}.tmp-{Guid.NewGuid():N}";

    // The default buffer: a build writes tens of thousands of small files, and a writer of a large one may buffer more.
    private static FileStream Create(string path, bool useAsync = false) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 4096, useAsync);

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (IsFileSystemFault(e))
        {
            // Left behind under a name no reader takes.
        }
    }
}
