using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>
/// Opens a search index on first use and keeps it open. A failure is not kept: after <see cref="RetryAfter"/> the
/// next request tries again, so a passing fault (a file still being copied, a full descriptor table) does not leave
/// search and /healthz off for the lifetime of the build.
/// </summary>
public sealed class IndexOpener(Func<SearchService> open, ILogger log, string name, TimeProvider? time = null) : IDisposable
{
    /// <summary>How long a failed open is not retried, so a broken index is not reopened on every request.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private SearchService? _service;
    private DateTimeOffset _nextAttempt = DateTimeOffset.MinValue;
    private bool _disposed;

    /// <summary>The opened index, or null when it cannot be opened (now, or at the last attempt within RetryAfter).</summary>
    public SearchService? Value
    {
        get
        {
            if (Volatile.Read(ref _service) is { } opened) return opened;
            lock (_gate)
            {
                if (_service is not null || _disposed || _time.GetUtcNow() < _nextAttempt) return _service;
                try
                {
                    Volatile.Write(ref _service, open());
                }
                catch (Exception e)
                {
                    _nextAttempt = _time.GetUtcNow() + RetryAfter;
                    log.LogError(e, "Cannot open the search index {Index}", name);
                }
                return _service;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _service?.Dispose();
            _service = null;
        }
    }
}
