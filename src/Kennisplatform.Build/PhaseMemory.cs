namespace Kennisplatform.Build;

/// <summary>
/// Between the phases of one build, after a phase let go of what it alone needed: one full collection, so that the next
/// phase starts from the live data instead of growing the heap further (the build's peak). Only after a phase that
/// allocated enough to matter: one that allocated less than <see cref="Threshold"/> since the last collection cannot
/// have grown the heap by more, while a full collection marks and compacts the whole heap of the process, which may
/// also hold a host, a watch loop or other builds.
/// </summary>
internal sealed class PhaseMemory
{
    /// <summary>Bytes allocated since the last collection below which the end of a phase collects nothing.</summary>
    public const long Threshold = 64L << 20;

    private long _mark = GC.GetTotalAllocatedBytes();

    /// <summary>
    /// At the end of a phase: a full compacting collection when at least <see cref="Threshold"/> was allocated since the
    /// last one. A build that parsed most files returns the freed memory to the system as well; one that took most from
    /// the cache (<paramref name="keepCommitted"/>) keeps it for its next phase, which spares touching those pages again
    /// (about a processor second per edit of the heavy corpus, at the same peak).
    /// </summary>
    public void Release(bool keepCommitted)
    {
        if (GC.GetTotalAllocatedBytes() - _mark < Threshold) return;
        GC.Collect(GC.MaxGeneration, keepCommitted ? GCCollectionMode.Forced : GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _mark = GC.GetTotalAllocatedBytes();
    }
}
