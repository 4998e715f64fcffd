using Kennisplatform.Contracts;
using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>Runs a search on the leased build; a missing index or a failing search gives a friendly empty result.</summary>
public static class SiteSearch
{
    /// <summary>What a search that ran out of time says.</summary>
    public const string OverBudget = "Deze zoekvraag kostte te veel tijd. Probeer het opnieuw met minder of andere woorden.";

    /// <summary>The taxonomy table of the leased build's index (its filters and facets); none without an index.</summary>
    public static IReadOnlyList<Taxonomy> Taxonomies(SiteLease lease) =>
        (lease.Snapshot.Search ?? lease.Snapshot.RestrictedSearch)?.Taxonomies ?? [];

    /// <summary>
    /// The result, never an exception. Covenant partners search the index that also holds the closed part; everyone
    /// else searches the public index, which has never seen it (not a title, not a count). The search stops, also
    /// inside Lucene, when <paramref name="budget"/> has passed (zero or less: at once) or <paramref name="cancel"/>
    /// fires (the request timeout or a client that went away), and then says so instead of failing.
    /// <c>Complete</c> is false for such a stand-in (no index, stopped, failed): it must not be kept as the answer.
    /// </summary>
    public static (SearchResult Result, bool Complete) Run(SiteLease lease, SearchRequest request, bool restricted, ILogger log, TimeSpan? budget = null,
        CancellationToken cancel = default)
    {
        var service = restricted ? lease.Snapshot.RestrictedSearch : lease.Snapshot.Search;
        if (service is null) return (SearchResult.Empty(request.Query ?? "", "Zoeken is op dit moment niet beschikbaar."), false);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        if (budget is { } time)
        {
            if (time <= TimeSpan.Zero) limit.Cancel();
            else limit.CancelAfter(time);
        }
        try
        {
            return (service.Search(request, limit.Token), true);
        }
        catch (OperationCanceledException)
        {
            log.LogWarning("Search stopped after its time budget: {Length} characters", request.Query?.Length ?? 0);
            return (SearchResult.Empty(request.Query ?? "", OverBudget), false);
        }
        catch (Exception e)
        {
            log.LogError(e, "Search failed");
            return (SearchResult.Empty(request.Query ?? "", "Er ging iets mis bij het zoeken. Probeer het opnieuw met andere woorden."), false);
        }
    }
}
