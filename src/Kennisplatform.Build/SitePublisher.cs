using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// Publishes builds without a moment in which the site is missing or half-written. Each build is written into its
/// own folder under <c>_site.builds/</c>; when it is complete, <c>_site</c> (a symbolic link) is pointed at it in
/// one atomic rename. A failed build is discarded and never touches <c>_site</c>. The previous build is kept, so
/// that requests still reading it can finish; older ones are removed.
/// </summary>
public static class SitePublisher
{
    private const int BuildsKept = 2;

    /// <summary>The folder that holds the builds of <paramref name="output"/>.</summary>
    public static string BuildsFolder(string output) => Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + ".builds";

    /// <summary>The build folder <paramref name="output"/> points at (full path); null when it is not a link to one.</summary>
    public static string? PublishedFolder(string output)
    {
        var link = new DirectoryInfo(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar));
        if (link.LinkTarget is not { } target) return null;
        var folder = Path.GetFullPath(target, Path.GetDirectoryName(link.FullName)!).TrimEnd(Path.DirectorySeparatorChar);
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>A fresh, empty folder for the next build.</summary>
    public static string CreateStaging(string output)
    {
        var id = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid().ToString("N")[..6]}";
        var staging = Path.Combine(BuildsFolder(output), id);
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Points <paramref name="output"/> at the finished build in <paramref name="staging"/>.</summary>
    public static void Publish(string staging, string output)
    {
        var link = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        var info = new DirectoryInfo(link);
        if (info.Exists && info.LinkTarget is null)
        {
            // A site published as a plain folder (older layout or copied in): keep it as a build of its own.
            Directory.Move(link, Path.Combine(BuildsFolder(output), "previous-" + Guid.NewGuid().ToString("N")[..6]));
        }
        var temporary = $"{link}.link-{Guid.NewGuid():N}";
        Directory.CreateSymbolicLink(temporary, Path.GetRelativePath(Path.GetDirectoryName(link)!, staging));
        AtomicRename.Replace(temporary, link);
        RemoveOldBuilds(output, staging);
    }

    /// <summary>
    /// Removes the folder of a failed build, and the builds folder with it when that held nothing else (a first build
    /// that failed leaves no trace).
    /// </summary>
    public static void Discard(string staging)
    {
        TryDelete(staging);
        var builds = Path.GetDirectoryName(Path.GetFullPath(staging).TrimEnd(Path.DirectorySeparatorChar))!;
        try
        {
            if (Directory.Exists(builds) && !Directory.EnumerateFileSystemEntries(builds).Any()) Directory.Delete(builds);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            // Another build put its folder there meanwhile: it is not empty, and not ours to remove.
        }
    }

    private static void RemoveOldBuilds(string output, string current)
    {
        var builds = new DirectoryInfo(BuildsFolder(output)).GetDirectories()
            .Where(d => d.FullName != Path.GetFullPath(current))
            .OrderByDescending(d => d.CreationTimeUtc)
            .Skip(BuildsKept - 1);
        foreach (var old in builds) TryDelete(old.FullName);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            // Still in use; the next build removes it.
        }
    }
}
