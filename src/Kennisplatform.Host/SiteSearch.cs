using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>Runs a search on the leased build; a missing index or a failing search gives a friendly empty result.</summary>
public static class SiteSearch
{
    /// <summary>
    /// The result, never an exception. Covenant partners search the index that also holds the closed part; everyone
    /// else searches the public index, which has never seen it (not a title, not a count).
    /// </summary>
    public static SearchResult Run(SiteLease lease, SearchRequest request, bool restricted, ILogger log)
    {
        var service = restricted ? lease.Snapshot.RestrictedSearch : lease.Snapshot.Search;
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
