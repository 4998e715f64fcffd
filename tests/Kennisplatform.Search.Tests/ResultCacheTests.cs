namespace Kennisplatform.Search.Tests;

/// <summary>Which requests share a cached result: the same search, whatever the order or repetition of its filter values.</summary>
public class ResultCacheTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoTerms =
        new Dictionary<string, IReadOnlyList<string>> { ["themes"] = [], ["regions"] = [] };

    [Fact]
    public void A_search_without_filters_is_answered_once_however_its_empty_filters_are_given()
    {
        var (cache, searched) = Counting();
        cache.GetOrAdd(new SearchRequest("vastgoed"), searched.Search);
        cache.GetOrAdd(new SearchRequest("vastgoed", Types: [], Terms: NoTerms, Years: []), searched.Search);
        cache.GetOrAdd(new SearchRequest("vastgoed", Terms: new Dictionary<string, IReadOnlyList<string>>()), searched.Search);
        Assert.Equal(1, searched.Count);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("themes")]
    [InlineData("year")]
    public void A_filter_on_any_field_is_a_search_of_its_own(string field)
    {
        var (cache, searched) = Counting();
        var plain = new SearchRequest("vastgoed", Types: [], Terms: NoTerms, Years: []);
        var filtered = plain.WithFilter(field, ["x"]);
        var first = cache.GetOrAdd(plain, searched.Search);
        var second = cache.GetOrAdd(filtered, searched.Search);
        Assert.Equal(2, searched.Count);
        Assert.NotSame(first, second);
        // The same filter again, its values repeated and in another order: the result kept for it.
        Assert.Same(second, cache.GetOrAdd(plain.WithFilter(field, ["x", "x"]), searched.Search));
        cache.GetOrAdd(plain.WithFilter(field, ["y", "x"]), searched.Search);
        cache.GetOrAdd(plain.WithFilter(field, ["x", "y"]), searched.Search);
        Assert.Equal(3, searched.Count);
    }

    [Fact]
    public void The_page_size_and_order_are_part_of_the_search()
    {
        var (cache, searched) = Counting();
        cache.GetOrAdd(new SearchRequest("vastgoed"), searched.Search);
        cache.GetOrAdd(new SearchRequest("vastgoed", Page: 2), searched.Search);
        cache.GetOrAdd(new SearchRequest("vastgoed", PageSize: 20), searched.Search);
        cache.GetOrAdd(new SearchRequest("vastgoed", Sort: SearchSort.Date), searched.Search);
        cache.GetOrAdd(new SearchRequest("Vastgoed"), searched.Search);
        Assert.Equal(5, searched.Count);
    }

    private static (ResultCache, Counter) Counting() => (new ResultCache(), new Counter());

    private sealed class Counter
    {
        public int Count { get; private set; }

        public SearchResult Search(SearchRequest request)
        {
            Count++;
            return SearchResult.Empty(request.Query ?? "");
        }
    }
}
