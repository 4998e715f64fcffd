using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// The folder a build with the cache writes into, chosen when the build starts and made ready beside the check of the
/// content: a kept build folder that is not the published one, with the record of its files, read meanwhile
/// (<see cref="BuildCache.ReusableBuild"/>); else, when the published build has a record (the first build after a
/// cold one), a new folder that a thread of its own fills with hard links to every recorded file of the published
/// build. Either way the build then writes only what changed (<see cref="SiteOutput"/>) instead of placing a whole
/// site into an empty folder, and the published build is only read.
/// </summary>
public sealed class NextBuildFolder
{
    private readonly BuildCache _cache;
    private readonly bool _new;
    private readonly CancellationTokenSource? _copying;

    private NextBuildFolder(BuildCache cache, string folder, Task<IReadOnlyDictionary<string, string>?> files, bool isNew, CancellationTokenSource? copying = null)
    {
        _cache = cache;
        Folder = folder;
        Files = files;
        _new = isNew;
        _copying = copying;
    }

    /// <summary>The folder.</summary>
    public string Folder { get; }

    /// <summary>What the folder holds (path → content key) once it is ready; null for an empty folder.</summary>
    public Task<IReadOnlyDictionary<string, string>?> Files { get; }

    /// <summary>Chooses the folder for the next build of <paramref name="output"/> and starts making it ready.</summary>
    public static NextBuildFolder Prepare(BuildCache cache, string output)
    {
        if (cache.ReusableBuild(output) is { } kept) return new(cache, kept, Task.Run(() => Take(cache, kept)), isNew: false);
        var folder = SitePublisher.CreateStaging(output);
        if (SitePublisher.PublishedFolder(output) is not { } published) return new(cache, folder, Task.FromResult<IReadOnlyDictionary<string, string>?>(null), isNew: true);
        // On a thread of its own, not the pool's: it mostly waits for the file system, for a second or so on a large site.
        var copying = new CancellationTokenSource();
        var files = Task.Factory.StartNew(() => CopyOf(cache, published, folder, copying.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return new(cache, folder, files, isNew: true, copying);
    }

    /// <summary>
    /// After a build that left no folder to take up (a cold build): a second folder of hard links to the published
    /// build, with its record, so that the next build takes it up like any kept folder instead of linking every file
    /// while it checks the content. Nothing is made when there is a kept folder already or nothing is published; a
    /// folder that cannot be filled is removed, and the next build makes its own as before.
    /// </summary>
    public static void Ready(BuildCache cache, string output)
    {
        if (cache.ReusableBuild(output) is not null || SitePublisher.PublishedFolder(output) is not { } published) return;
        var folder = SitePublisher.CreateStaging(output);
        if (CopyOf(cache, published, folder, CancellationToken.None) is { } files && cache.KeepRecord(folder, files)) return;
        SitePublisher.Discard(folder);
    }

    /// <summary>
    /// The build stopped before it changed the folder (a content error): a kept folder gets its record back for the next
    /// build, a new one is removed (its copy stopped first), so a failed build leaves the builds as they were.
    /// </summary>
    public async Task ReleaseAsync()
    {
        _copying?.Cancel();
        await Task.WhenAny(Files);
        if (_new) SitePublisher.Discard(Folder);
        else if (Files.IsCompletedSuccessfully && Files.Result is { } files) _cache.KeepRecord(Folder, files);
    }

    /// <summary>Waits until the folder is no longer being made ready, whatever came of it (before it is discarded).</summary>
    public Task SettleAsync() => Task.WhenAny(Files);

    // The record of a kept folder, removed before the folder is changed; a record that cannot be read leaves the folder
    // empty, and the build places every file itself.
    private static IReadOnlyDictionary<string, string>? Take(BuildCache cache, string folder)
    {
        var files = cache.ReadRecord(folder);
        cache.ForgetRecord(folder);
        return files ?? Emptied(folder);
    }

    // Every file of the published build's record, linked into the new folder; the record then describes it too. A file
    // that cannot be linked or copied leaves the folder empty, and the build places every file itself.
    private static IReadOnlyDictionary<string, string>? CopyOf(BuildCache cache, string published, string folder, CancellationToken cancel)
    {
        if (cache.ReadRecord(published) is not { } files) return null;
        try
        {
            var made = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in files.Keys)
            {
                if (cancel.IsCancellationRequested) return null; // the build stopped: the folder is removed
                var target = Path.Combine(folder, path);
                if (made.Add(Path.GetDirectoryName(path) ?? "")) Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                HardLink.Place(Path.Combine(published, path), target);
            }
            return files;
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            return Emptied(folder);
        }
    }

    // A folder whose files are not known is emptied: the build places every file itself.
    private static IReadOnlyDictionary<string, string>? Emptied(string folder)
    {
        Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return null;
    }
}
