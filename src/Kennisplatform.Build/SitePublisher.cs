namespace Kennisplatform.Build;

/// <summary>
/// Puts a finished build in place of the previous one. The build is written to a sibling staging folder and
/// only then swapped in by renaming, so a failed or interrupted build never touches the published site.
/// </summary>
public static class SitePublisher
{
    /// <summary>A fresh staging folder next to <paramref name="output"/> (same file system, so renames are atomic).</summary>
    public static string CreateStaging(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var staging = $"{full}.staging-{Guid.NewGuid():N}";
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Replaces <paramref name="output"/> with <paramref name="staging"/>.</summary>
    public static void Publish(string staging, string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!Directory.Exists(full))
        {
            Directory.Move(staging, full);
            return;
        }
        var previous = $"{full}.previous-{Guid.NewGuid():N}";
        Directory.Move(full, previous);
        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            Directory.Move(previous, full); // put the old site back
            throw;
        }
        TryDelete(previous);
    }

    /// <summary>Removes a staging folder after a failed build.</summary>
    public static void Discard(string staging) => TryDelete(staging);

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A host may still read the old files; the folder is left for the next build to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
