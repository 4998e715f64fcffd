namespace Kennisplatform.Search;

/// <summary>
/// A typed query worked out once per search: its units with their analysed alternatives, the terms to mark in
/// snippets, and the corrected query to suggest. Everything later (the Lucene query, its any-word fallback, snippets,
/// "Bedoelde u") reads from this plan, so spelling and analysis run once.
/// </summary>
public sealed record QueryPlan(IReadOnlyList<QueryUnit> Units, IReadOnlySet<string> HighlightTerms, string? Suggestion)
{
    /// <summary>The units that must or may match.</summary>
    public IEnumerable<QueryUnit> Positive => Units.Where(u => !u.Excluded);
}
