using Kennisplatform.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search.Tests;

/// <summary>The bounds of one search: its spelling work, and its time budget reaching into Lucene's collection.</summary>
public sealed class SearchBudgetTests(SearchServiceTests.SmallIndex index) : IClassFixture<SearchServiceTests.SmallIndex>
{
    // Letters only, at least four, and nowhere near a word of the index: each would be looked up.
    private static IEnumerable<string> UnknownWords(int count) =>
        Enumerable.Range(0, count).Select(i => "zqx" + new string([(char)('a' + i % 26), (char)('a' + i / 26 % 26), 'j', 'w']));

    private (QueryPlanner Planner, SpellingCorrector Speller) Planner()
    {
        var speller = new SpellingCorrector(index.Search.Searcher.IndexReader);
        return (new QueryPlanner(index.Search.Analyzer, SynonymTable.Empty, speller), speller);
    }

    [Fact]
    public void A_query_of_100_unknown_words_looks_up_no_more_than_the_bound()
    {
        var (planner, speller) = Planner();

        planner.Plan(UserQuery.Parse(string.Join(' ', UnknownWords(100))));

        Assert.Equal(QueryPlanner.MaxCorrections, speller.Walks);
    }

    [Fact]
    public void A_10000_character_query_looks_up_no_more_than_the_bound()
    {
        var (planner, speller) = Planner();
        var words = string.Join(' ', UnknownWords(2000))[..10_000];

        planner.Plan(UserQuery.Parse(words));
        var afterWords = speller.Walks;
        planner.Plan(UserQuery.Parse(new string('q', 10_000)));

        Assert.Equal(QueryPlanner.MaxCorrections, afterWords);
        Assert.Equal(afterWords, speller.Walks); // one 10 000-letter word: too long to look up at all
    }

    [Fact]
    public void A_cancelled_token_stops_lucene_at_the_next_document()
    {
        using var budget = new CancellationTokenSource();
        var counting = new CancellingCollector(budget);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            index.Search.Searcher.Search(new MatchAllDocsQuery(), new CancellableCollector(counting, budget.Token)));
        Assert.Equal(1, counting.Collected);
        Assert.True(index.Search.Searcher.IndexReader.NumDocs > 1);
    }

    [Fact]
    public void A_search_out_of_time_stops_and_leaves_nothing_in_the_cache()
    {
        using var spent = new CancellationTokenSource();
        spent.Cancel();
        var request = new SearchRequest("woningcorporaties toepassing");

        Assert.ThrowsAny<OperationCanceledException>(() => index.Search.Search(request, spent.Token));
        Assert.Equal("/handreikingen/menukaart-damocles/", Assert.Single(index.Search.Search(request).Hits).Url);
    }

    /// <summary>Counts documents and cancels the search's token at the first, as a budget running out mid-search would.</summary>
    private sealed class CancellingCollector(CancellationTokenSource budget) : ICollector
    {
        public int Collected { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void Collect(int doc)
        {
            Collected++;
            budget.Cancel();
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }
    }
}
