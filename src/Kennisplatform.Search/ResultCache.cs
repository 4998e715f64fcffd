using System.Collections.Concurrent;

namespace Kennisplatform.Search;

/// <summary>
/// The results of recent searches of one opened index. The index never changes under its reader, so a cached result
/// is the result; popular queries repeat, and a hit costs a dictionary lookup instead of a search. Bounded: when full
/// it starts again empty, which keeps it simple and its memory at most <see cref="Capacity"/> results.
/// </summary>
public sealed class ResultCache(int capacity = ResultCache.DefaultCapacity)
{
    /// <summary>The default number of results kept (a result page is a few kilobytes).</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<SearchRequestKey, SearchResult> _results = new();
    private int _count;

    /// <summary>The most results kept.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>The cached result of the request, or the one <paramref name="search"/> computes (then kept).</summary>
    public SearchResult GetOrAdd(SearchRequest request, Func<SearchRequest, SearchResult> search)
    {
        var key = SearchRequestKey.Of(request);
        if (_results.TryGetValue(key, out var cached)) return cached;
        var result = search(request);
        // A counter of its own: ConcurrentDictionary.Count takes every bucket's lock.
        if (Interlocked.Increment(ref _count) > Capacity)
        {
            _results.Clear();
            Interlocked.Exchange(ref _count, 1);
        }
        _results[key] = result;
        return result;
    }

    /// <summary>A request as a value: the filter lists compared by content, in a fixed order.</summary>
    private readonly record struct SearchRequestKey(string Query, int Page, int PageSize, SearchSort Sort, string Filters)
    {
        public static SearchRequestKey Of(SearchRequest r) => new(r.Query ?? "", r.Page, r.PageSize, r.Sort, Filtered(r)
            ? string.Join('\u001f', r.Selected().Select(f => f.Field + '\u001d' + string.Join('\u001e', f.Values.Distinct().Order(StringComparer.Ordinal))))
            : "");

        // Most searches filter on nothing; their key needs none of the work of listing the selections (the same "").
        private static bool Filtered(SearchRequest r)
        {
            if (r.Types is { Count: > 0 } || r.Years is { Count: > 0 }) return true;
            if (r.Terms is null) return false;
            foreach (var (_, values) in r.Terms)
            {
                if (values.Count > 0) return true;
            }
            return false;
        }
    }
}
