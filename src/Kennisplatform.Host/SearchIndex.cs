using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>The opened search index of the site folder; searches never throw for odd input.</summary>
public sealed class SearchIndex(SiteFolder site, ILogger<SearchIndex> log) : IDisposable
{
    private readonly Lazy<SearchService?> _service = new(() => Open(site, log));

    /// <summary>Runs a search; when the index is missing or a search fails, returns an empty result with a message.</summary>
    public SearchResult Search(SearchRequest request)
    {
        var service = _service.Value;
        if (service is null) return SearchResult.Empty(request.Query ?? "", "Zoeken is op dit moment niet beschikbaar.");
        try
        {
            return service.Search(request);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Search failed");
            return SearchResult.Empty(request.Query ?? "", "Er ging iets mis bij het zoeken. Probeer het opnieuw met andere woorden.");
        }
    }

    private static SearchService? Open(SiteFolder site, ILogger log)
    {
        try
        {
            return new SearchService(site.Index);
        }
        catch (Exception e)
        {
            log.LogError(e, "Cannot open the search index at {Index}", site.Index);
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_service.IsValueCreated) _service.Value?.Dispose();
    }
}
