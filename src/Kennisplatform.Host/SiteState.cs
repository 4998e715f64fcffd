namespace Kennisplatform.Host;

/// <summary>
/// Follows the published site: <c>_site</c> is a link to the current build, replaced atomically by each build.
/// Each request leases the snapshot the link points at when it starts (hot swap without a restart, and without
/// mixing two builds in one request).
/// </summary>
public sealed class SiteState(SiteFolder site, ILogger<SiteState> log) : IDisposable
{
    private readonly Lock _lock = new();
    private SiteSnapshot? _current;

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
            return next;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _current?.Retire();
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
