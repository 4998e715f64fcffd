using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.QueryLog;

/// <summary>
/// Drains the <see cref="QueryRecorder"/>'s queue off the request path: gathers searches for
/// <see cref="QueryLogOptions.FlushInterval"/>, sums them and writes them in one transaction. A database that cannot
/// be opened or written loses that batch and is tried again with the next; searching never notices.
/// </summary>
public sealed class QueryLogWriter(QueryRecorder recorder, IOptions<QueryLogOptions> options, IHostEnvironment environment,
    TimeProvider time, ILogger<QueryLogWriter> log) : BackgroundService
{
    private const int MaxBatch = 5_000;

    private QueryLogStore? _store;
    private DateOnly _pruned;
    private long _written;
    private long _failed;

    /// <summary>Searches written to the database so far.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Batches lost to a database fault so far.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if (!recorder.Enabled) return;
        var queue = recorder.Queue;
        var batch = new List<QueryLogEntry>();
        try
        {
            while (await queue.WaitToReadAsync(stopping))
            {
                await Task.Delay(options.Value.FlushInterval, time, stopping);
                while (batch.Count < MaxBatch && queue.TryRead(out var entry)) batch.Add(entry);
                await WriteAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: what is still queued is written below.
        }
        recorder.Complete();
        while (queue.TryRead(out var entry)) batch.Add(entry);
        if (batch.Count > 0) await WriteAsync(batch);
    }

    private async Task WriteAsync(IReadOnlyList<QueryLogEntry> entries)
    {
        try
        {
            if (_store is null)
            {
                var store = new QueryLogStore(QueryLogStore.Open(options.Value, environment.ContentRootPath));
                await store.MigrateAsync();
                _store = store;
            }
            await _store.AddAsync(QueryLogBatch.Of(entries));
            Interlocked.Add(ref _written, entries.Count);
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            if (_pruned != today)
            {
                await _store.DeleteBeforeAsync(today.AddDays(-Math.Max(1, options.Value.KeepDays)));
                _pruned = today;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any fault of the log's own database (missing folder, locked or corrupt file, server down) costs only
            // these counts.
            Interlocked.Increment(ref _failed);
            log.LogWarning(e, "Query log: {Count} searches not written", entries.Count);
        }
    }
}
