using Lucene.Net.Search;

namespace Kennisplatform.Search.Tests;

public sealed class QueryBuilderTests(SearchServiceTests.SmallIndex index) : IClassFixture<SearchServiceTests.SmallIndex>
{
    [Theory]
    [InlineData("damocles")]
    [InlineData("sluiting")]
    [InlineData("drugspanden")]
    [InlineData("damocles -horeca")]
    public void A_query_of_one_unit_requires_it_and_scores_every_page_as_at_least_one_of_one_unit_did(string typed)
    {
        var speller = new SpellingCorrector(index.Search.Searcher.IndexReader);
        var plan = new QueryPlanner(index.Search.Analyzer, SynonymTable.Empty, speller).Plan(UserQuery.Parse(typed));
        Assert.Single(plan.Positive);

        var built = (BooleanQuery)QueryBuilder.Build(plan, graded: true)!;
        var unit = built.Clauses.Single(c => c.Occur == Occur.MUST).Query;
        Assert.IsNotType<BooleanQuery>(unit);
        // The form before: the unit as the only optional clause of a boolean query that needs one of them.
        var atLeastOne = new BooleanQuery { MinimumNumberShouldMatch = 1 };
        atLeastOne.Add(unit, Occur.SHOULD);
        var before = new BooleanQuery { { atLeastOne, Occur.MUST } };
        foreach (var clause in built.Clauses.Where(c => c.Occur == Occur.MUST_NOT)) before.Add(clause);

        var searcher = index.Search.Searcher;
        var now = searcher.Search(built, 100).ScoreDocs;
        var then = searcher.Search(before, 100).ScoreDocs;
        Assert.NotEmpty(now);
        Assert.Equal(then.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))), now.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))));
    }

    [Theory]
    [InlineData("damocles", false)]
    [InlineData("damocles -horeca", false)]
    [InlineData("wat is damocles", false)]
    [InlineData("sluiting pand", true)]
    [InlineData("horeca ondernemers damocles", true)]
    public void The_any_word_fallback_is_searched_only_when_it_asks_less_than_the_graded_query(string typed, bool widens)
    {
        var speller = new SpellingCorrector(index.Search.Searcher.IndexReader);
        var plan = new QueryPlanner(index.Search.Analyzer, SynonymTable.Empty, speller).Plan(UserQuery.Parse(typed));

        Assert.Equal(widens, QueryBuilder.FallbackWidens(plan));
        // When it does not widen, the fallback would be the very query that found nothing.
        Assert.Equal(!widens, QueryBuilder.Build(plan, graded: true)!.Equals(QueryBuilder.Build(plan, graded: false)));
    }

    [Fact]
    public void Alternatives_with_the_terms_of_a_weightier_one_are_left_out_and_no_score_changes()
    {
        var speller = new SpellingCorrector(index.Search.Searcher.IndexReader);
        var plan = new QueryPlanner(index.Search.Analyzer, SynonymTable.Empty, speller).Plan(UserQuery.Parse("sluiting"));
        var typed = plan.Units.Single().Alternatives[0];
        // As two corrections with one stem would come: the same terms at a lower weight, and again at the same weight.
        var repeated = new QueryUnit([typed with { Weight = 0.6f }, typed, typed with { Text = "sluitingen" }], Excluded: false);

        var built = QueryBuilder.Build(plan with { Units = [repeated] }, graded: true)!;

        Assert.Equal(QueryBuilder.Build(plan with { Units = [new QueryUnit([typed], Excluded: false)] }, graded: true), built);
        // The form before: every alternative scored, the best of them counting.
        var before = new DisjunctionMaxQuery(0f);
        foreach (var alternative in repeated.Alternatives)
        {
            before.Add(QueryBuilder.Build(plan with { Units = [new QueryUnit([alternative], Excluded: false)] }, graded: true)!);
        }
        var searcher = index.Search.Searcher;
        var now = searcher.Search(built, 100).ScoreDocs;
        Assert.NotEmpty(now);
        Assert.Equal(searcher.Search(before, 100).ScoreDocs.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))),
            now.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))));
    }
}
