namespace Kennisplatform.Host;

/// <summary>
/// Follows the published site: <c>_site</c> is a link to the current build, replaced atomically by each build.
/// Each request leases the snapshot the link points at when it starts (hot swap without a restart, and without
/// mixing two builds in one request). A new build is searched as published until the one-segment copy of its index
/// is ready (<see cref="SearchIndexCopies"/>, made in the background); from then on requests lease a snapshot of the
/// same build that searches the copy, and the first closes after its last request, as a replaced build does.
/// </summary>
public sealed class SiteState(SiteFolder site, SearchIndexCopies copies, ILogger<SiteState> log) : IDisposable
{
    // How long stopping the host waits for a copy being written (a few seconds for 10 000 pages).
    private static readonly TimeSpan CopyShutdown = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private SiteSnapshot? _current;
    private Task _copying = Task.CompletedTask;

    /// <summary>The build folder the site link points at now.</summary>
    public string CurrentTarget
    {
        get
        {
            var info = new DirectoryInfo(site.Root);
            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
    }

    /// <summary>Leases the current snapshot for the length of a request.</summary>
    public SiteLease Acquire()
    {
        while (true)
        {
            var snapshot = CurrentSnapshot();
            if (snapshot.TryLease()) return new SiteLease(snapshot);
        }
    }

    private SiteSnapshot CurrentSnapshot()
    {
        var target = CurrentTarget;
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Root == target) return current;
        lock (_lock)
        {
            current = _current;
            if (current is not null && current.Root == target) return current;
            var next = new SiteSnapshot(target, log);
            Volatile.Write(ref _current, next);
            if (current is not null)
            {
                log.LogInformation("Serving build {Build}", target);
                current.Retire();
            }
            if (copies.Folder is not null) _copying = Task.Factory.StartNew(() => ServeCopy(next), TaskCreationOptions.LongRunning);
            return next;
        }
    }

    // Makes (or finds) the copy of the build's index and opens it before the swap, so that no request waits for it. A
    // copy that cannot be made or opened leaves the published index in use; a newer build that came first leaves it
    // unused.
    private void ServeCopy(SiteSnapshot published)
    {
        try
        {
            var copy = copies.Prepare(published.Layout.Index, () => !_stopping.IsCancellationRequested && Volatile.Read(ref _current) == published);
            if (copy is null) return;
            var upgraded = new SiteSnapshot(published.Root, log, copy);
            upgraded.Search?.Prepare();
            lock (_lock)
            {
                if (upgraded.Search is null || _current != published || _stopping.IsCancellationRequested)
                {
                    upgraded.Retire();
                    return;
                }
                Volatile.Write(ref _current, upgraded);
                published.Retire();
            }
            // For a while both indexes were open, and the merge made garbage of its own: the heap grew to hold them
            // all. Once the published index is closed, one compacting collection gives that memory back to the system,
            // so that the host's working set is not left larger than before the copy (a single pause per build).
            if (published.Closed.Wait(CopyShutdown)) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Searching the published index of {Build}", published.Root);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        Task copying;
        lock (_lock) copying = _copying;
        copying.Wait(CopyShutdown);
        _current?.Retire();
    }
}

/// <summary>A request's hold on one snapshot; disposed when the request ends.</summary>
public sealed class SiteLease(SiteSnapshot snapshot) : IDisposable
{
    private int _released;

    /// <summary>The build this request is answered from.</summary>
    public SiteSnapshot Snapshot { get; } = snapshot;

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) Snapshot.Release();
    }
}
