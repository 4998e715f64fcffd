using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Storage;

/// <summary>
/// Directory searches answered from memory while the database's write generation is unchanged. Counting facets over
/// thousands of items costs milliseconds; checking the generation is one primary-key read. Every write transaction
/// raises the generation (<see cref="NetworkDatabase.WriteAsync{T}"/>), also on other hosts sharing a PostgreSQL
/// database, so a cached page is never served after anything was written.
/// </summary>
/// <param name="capacity">Entries kept at most; beyond it the cache starts over (a directory has few distinct popular
/// searches). 0 turns caching off, which the bench uses to measure the searches themselves.</param>
public sealed class DirectoryCache(int capacity = DirectoryCache.DefaultCapacity)
{
    /// <summary>The host's capacity.</summary>
    public const int DefaultCapacity = 2000;

    private readonly ConcurrentDictionary<(string Kind, DirectoryQuery Query), (long Generation, object Page)> _pages = new();

    /// <summary>The cached page of this search at the current generation, or the one <paramref name="search"/> finds now.</summary>
    public async Task<DirectoryPage<T>> GetOrSearchAsync<T>(DbConnection connection, string kind, DirectoryQuery query,
        Func<Task<DirectoryPage<T>>> search)
    {
        // Read the generation before searching: a write in between leaves this page under an older generation, never
        // an older page under the newer generation.
        var generation = await connection.ExecuteScalarAsync<long>("SELECT value FROM generation WHERE id = 1");
        if (_pages.TryGetValue((kind, query), out var hit) && hit.Generation == generation) return (DirectoryPage<T>)hit.Page;
        var page = await search();
        if (capacity == 0) return page;
        if (_pages.Count >= capacity) _pages.Clear();
        _pages[(kind, query)] = (generation, page);
        return page;
    }
}
