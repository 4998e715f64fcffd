using System.Collections.Concurrent;

namespace Kennisplatform.Host;

/// <summary>A finished search response: its bytes and content type, and what the query log and audit need of it.</summary>
public sealed record CachedSearchResponse(byte[] Body, string ContentType, string Query, long Total);

/// <summary>
/// The rendered responses of anonymous searches (results page and JSON) of the build being served, bounded by bytes.
/// A build's index never changes, so the same request gives the same bytes until the next build: popular queries are
/// then answered at the cost of sending a file. Only responses that are the same for every anonymous visitor may be
/// put here (the endpoints decide; signed-in users' responses never are), keyed by everything the output depends on.
/// Memory stays within <see cref="MaxBytes"/>: entries are kept in two generations of at most half of it each; when
/// the newer one is full it becomes the older one and the older one is dropped, and a hit in the older one moves to
/// the newer, so what is asked often stays and the long tail passes through.
/// </summary>
public sealed class SearchResponseCache(long maxBytes)
{
    // What a dictionary entry costs beside the body and the key's characters (entry, record, array header), roughly.
    private const int EntryOverhead = 160;

    private readonly Lock _lock = new();
    private Generation _current = new(null);
    private Generation _previous = new(null);

    /// <summary>The most bytes of responses kept (bodies, keys and bookkeeping); zero or less keeps nothing.</summary>
    public long MaxBytes { get; } = maxBytes;

    /// <summary>The bytes held now, over both generations.</summary>
    public long Bytes => Volatile.Read(ref _current).Bytes + Volatile.Read(ref _previous).Bytes;

    /// <summary>The response cached for <paramref name="key"/> of <paramref name="build"/>, or null.</summary>
    public CachedSearchResponse? Get(object build, string key)
    {
        var current = Volatile.Read(ref _current);
        if (current.Build != build) return null;
        if (current.Entries.TryGetValue(key, out var hit)) return hit;
        var previous = Volatile.Read(ref _previous);
        if (previous.Build != build || !previous.Entries.TryGetValue(key, out hit)) return null;
        Add(build, key, hit);
        return hit;
    }

    /// <summary>Keeps <paramref name="response"/> for <paramref name="key"/> of <paramref name="build"/>; a newer build empties the cache.</summary>
    public void Add(object build, string key, CachedSearchResponse response)
    {
        var size = Size(key, response);
        if (size > MaxBytes / 2) return;
        var current = Volatile.Read(ref _current);
        if (current.Build != build || current.Bytes + size > MaxBytes / 2) current = Rotate(build, current);
        if (current.Entries.TryAdd(key, response)) Interlocked.Add(ref current.Bytes, size);
    }

    // A full generation becomes the older one; another build starts both afresh (nothing of the old build is served).
    private Generation Rotate(object build, Generation seen)
    {
        lock (_lock)
        {
            if (_current != seen) return _current;
            _previous = _current.Build == build ? _current : new Generation(build);
            _current = new Generation(build);
            return _current;
        }
    }

    private static long Size(string key, CachedSearchResponse response) =>
        response.Body.Length + 2L * (key.Length + response.Query.Length + response.ContentType.Length) + EntryOverhead;

    private sealed class Generation(object? build)
    {
        public readonly object? Build = build;
        public readonly ConcurrentDictionary<string, CachedSearchResponse> Entries = new(StringComparer.Ordinal);
        public long Bytes;
    }
}
