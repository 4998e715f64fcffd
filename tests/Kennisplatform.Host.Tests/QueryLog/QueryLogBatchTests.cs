using Kennisplatform.Host.QueryLog;

namespace Kennisplatform.Host.Tests.QueryLog;

public class QueryLogBatchTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public void A_batch_sums_per_day_and_query_and_keeps_the_last_result_count()
    {
        var batch = QueryLogBatch.Of([
            new(Monday, QueryOrigin.Public, "witwassen", 12),
            new(Monday, QueryOrigin.Public, "autoverhuur", 0),
            new(Monday, QueryOrigin.Public, "witwassen", 13),
            new(Monday.AddDays(1), QueryOrigin.Public, "witwassen", 13),
            new(Monday, QueryOrigin.Public, "autoverhuur", 0),
        ]);

        Assert.Equal(
            [
                new QueryLogBatch.QueryRow("2026-11-30", "witwassen", 2, 0, 13),
                new QueryLogBatch.QueryRow("2026-11-30", "autoverhuur", 2, 2, 0),
                new QueryLogBatch.QueryRow("2026-12-01", "witwassen", 1, 0, 13),
            ],
            batch.Queries);
        Assert.Empty(batch.Counts);
    }

    [Fact]
    public void Signed_in_and_withheld_searches_are_counted_without_any_text()
    {
        var batch = QueryLogBatch.Of([
            new(Monday, QueryOrigin.SignedIn, null, 4),
            new(Monday, QueryOrigin.SignedIn, null, 0),
            new(Monday, QueryOrigin.Withheld, null, 0),
        ]);

        Assert.Empty(batch.Queries);
        Assert.Equal([new QueryLogBatch.CountRow("2026-11-30", "ingelogd", 2), new QueryLogBatch.CountRow("2026-11-30", "weggelaten", 1)], batch.Counts);
    }
}
