namespace Kennisplatform.Host.QueryLog;

/// <summary>
/// Searches gathered by the writer, summed before they are written: one row per day and query, one count per day
/// and origin for searches without text. Pure, so that the sums are tested without a database.
/// </summary>
public sealed record QueryLogBatch(IReadOnlyList<QueryLogBatch.QueryRow> Queries, IReadOnlyList<QueryLogBatch.CountRow> Counts)
{
    /// <summary>A query of one day: how often asked, how often without results, the results of its last asking.</summary>
    public sealed record QueryRow(string Day, string Query, long Asked, long WithoutResults, long Results);

    /// <summary>Searches of one day and origin counted without text.</summary>
    public sealed record CountRow(string Day, string Origin, long Asked);

    /// <summary>The stored name of an origin counted without text.</summary>
    public static string OriginName(QueryOrigin origin) => origin switch
    {
        QueryOrigin.SignedIn => "ingelogd",
        QueryOrigin.Withheld => "weggelaten",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "public searches are stored with their text"),
    };

    /// <summary>The day as stored: ISO <c>yyyy-MM-dd</c>, which sorts and compares as text in both databases.</summary>
    public static string DayName(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sums <paramref name="entries"/> (in the order they were recorded).</summary>
    public static QueryLogBatch Of(IReadOnlyList<QueryLogEntry> entries)
    {
        var queries = entries
            .Where(e => e.Origin == QueryOrigin.Public && e.Query is { Length: > 0 })
            .GroupBy(e => (Day: DayName(e.Day), Query: e.Query!))
            .Select(g => new QueryRow(g.Key.Day, g.Key.Query, g.Count(), g.Count(e => e.Results == 0), g.Last().Results))
            .ToList();
        var counts = entries
            .Where(e => e.Origin != QueryOrigin.Public)
            .GroupBy(e => (Day: DayName(e.Day), e.Origin))
            .Select(g => new CountRow(g.Key.Day, OriginName(g.Key.Origin), g.Count()))
            .ToList();
        return new QueryLogBatch(queries, counts);
    }
}
