using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.QueryLog;

/// <summary>
/// Takes a search to be counted and hands it to <see cref="QueryLogWriter"/> through a bounded queue, so that a search
/// never waits for the database: when the queue is full the search is not counted. Only the day, the normalized text
/// of a public search and its number of results are taken; no address, user or session.
/// </summary>
public sealed class QueryRecorder
{
    private readonly Channel<QueryLogEntry>? _queue;
    private readonly TimeProvider _time;
    private long _dropped;

    /// <summary>A recorder with the options' queue size; records nothing when the log is off.</summary>
    public QueryRecorder(IOptions<QueryLogOptions> options, TimeProvider time)
    {
        _time = time;
        if (!options.Value.Enabled) return;
        // Wait mode with TryWrite: a full queue refuses at once instead of blocking or evicting.
        _queue = Channel.CreateBounded<QueryLogEntry>(new BoundedChannelOptions(Math.Max(1, options.Value.Capacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Whether searches are counted.</summary>
    public bool Enabled => _queue is not null;

    /// <summary>Searches not counted because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The queue the writer drains.</summary>
    internal ChannelReader<QueryLogEntry> Queue => _queue?.Reader ?? throw new InvalidOperationException("The query log is off.");

    /// <summary>
    /// Counts a search of <paramref name="query"/> with <paramref name="results"/> results. A signed-in user's search
    /// counts as a number only; so does a public one that looks like personal data. Never throws, never waits.
    /// </summary>
    public void Record(string query, long results, bool signedIn)
    {
        if (_queue is null) return;
        var normalized = QueryNormalizer.Normalize(query);
        if (normalized.Length == 0) return;
        var origin = signedIn ? QueryOrigin.SignedIn : QueryNormalizer.LooksPersonal(normalized) ? QueryOrigin.Withheld : QueryOrigin.Public;
        var entry = new QueryLogEntry(DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), origin,
            origin == QueryOrigin.Public ? normalized : null, results);
        if (!_queue.Writer.TryWrite(entry)) Interlocked.Increment(ref _dropped);
    }

    /// <summary>Ends the queue: the writer writes what is left and stops.</summary>
    internal void Complete() => _queue?.Writer.TryComplete();
}
