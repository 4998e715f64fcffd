using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>Runs a search on the leased build; a missing index or a failing search gives a friendly empty result.</summary>
public static class SiteSearch
{
    /// <summary>The result, never an exception.</summary>
    public static SearchResult Run(SiteLease lease, SearchRequest request, ILogger log)
    {
        var service = lease.Snapshot.Search;
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
}
