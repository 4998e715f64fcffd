using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

public sealed class PassageTargetsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_page_gets_the_same_snippet_whether_pages_are_asked_in_order_out_of_order_again_or_alone()
    {
        Assert.True(SegmentedIndex.Write(_temp.Path) > 1);
        using var search = new SearchService(_temp.Path);
        var reader = search.Searcher.IndexReader;
        var plan = new QueryPlanner(search.Analyzer, SynonymTable.Empty, new SpellingCorrector(reader))
            .Plan(UserQuery.Parse("sluiting \"aanpak van vastgoed\" samenwerking"));
        var highlighter = new PassageHighlighter();
        using var lookup = new TermLookup(reader);
        var docs = Enumerable.Range(0, reader.MaxDoc).ToList();

        // Each page with targets of its own: every term's postings set up for that page alone.
        var alone = docs.ToDictionary(d => d, d => highlighter.Build(highlighter.Prepare(plan, lookup), reader, d));
        string? Asked(PassageTargets targets, int doc) => highlighter.Build(targets, reader, doc);
        var inOrder = highlighter.Prepare(plan, lookup);
        var everyThird = highlighter.Prepare(plan, lookup);
        var shuffled = highlighter.Prepare(plan, lookup);

        Assert.True(alone.Values.Count(s => s is not null) > 20);
        Assert.Contains(alone.Values, s => s?.Contains("<mark>aanpak van vastgoed</mark>", StringComparison.Ordinal) == true);
        foreach (var doc in docs) Assert.Equal(alone[doc], Asked(inOrder, doc));
        foreach (var doc in docs.Where(d => d % 3 == 0)) Assert.Equal(alone[doc], Asked(everyThird, doc));
        foreach (var doc in docs.OrderBy(d => d * 37 % docs.Count).Concat([docs[^1], docs[^1], 0])) Assert.Equal(alone[doc], Asked(shuffled, doc));
    }
}
