namespace Kennisplatform.Host.Tests;

public class SearchResponseCacheTests
{
    private static readonly object Build = new();

    private static CachedSearchResponse Response(int bytes, string query = "q") => new(new byte[bytes], "text/html; charset=utf-8", query, 1);

    [Fact]
    public void Memory_stays_within_the_bound_however_many_responses_are_added()
    {
        var cache = new SearchResponseCache(20_000);

        for (var i = 0; i < 1_000; i++) cache.Add(Build, "page q=" + i, Response(500));

        Assert.InRange(cache.Bytes, 1, 20_000);
        Assert.NotNull(cache.Get(Build, "page q=999"));
        Assert.Null(cache.Get(Build, "page q=0"));
    }

    [Fact]
    public void An_often_asked_response_stays_while_the_long_tail_passes_through()
    {
        var cache = new SearchResponseCache(20_000);
        cache.Add(Build, "page q=witwassen", Response(500, "witwassen"));

        for (var i = 0; i < 1_000; i++)
        {
            cache.Add(Build, "page q=" + i, Response(500));
            if (i % 5 == 0) Assert.Equal("witwassen", cache.Get(Build, "page q=witwassen")?.Query);
        }

        Assert.NotNull(cache.Get(Build, "page q=witwassen"));
    }

    [Fact]
    public void Another_build_is_never_answered_from_the_responses_of_the_previous_one()
    {
        var cache = new SearchResponseCache(20_000);
        var next = new object();
        cache.Add(Build, "page q=damocles", Response(100));

        Assert.Null(cache.Get(next, "page q=damocles"));
        cache.Add(next, "page q=opiumwet", Response(100));

        Assert.Null(cache.Get(Build, "page q=damocles"));
        Assert.Null(cache.Get(next, "page q=damocles"));
        Assert.NotNull(cache.Get(next, "page q=opiumwet"));
    }

    [Fact]
    public void A_response_over_half_the_bound_or_any_response_with_a_zero_bound_is_not_kept()
    {
        var small = new SearchResponseCache(1_000);
        var off = new SearchResponseCache(0);

        small.Add(Build, "page q=groot", Response(600));
        off.Add(Build, "page q=klein", Response(1));

        Assert.Null(small.Get(Build, "page q=groot"));
        Assert.Null(off.Get(Build, "page q=klein"));
        Assert.Equal(0, small.Bytes + off.Bytes);
    }
}
