using Kennisplatform.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Kennisplatform.Search.Tests;

public sealed class FieldsQueryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("drugspanden")]
    [InlineData("sluiting")]
    [InlineData("rotterdam")]
    [InlineData("samenwerking")]
    [InlineData("sluiting vastgoed")]
    [InlineData("toezicht bibob zeeland")]
    [InlineData("horeca -rotterdam")]
    [InlineData("aanpak witwassen tilburg politie")]
    public void Terms_over_the_fields_score_every_page_as_Lucenes_disjunction_does_to_the_bit(string typed)
    {
        Assert.True(SegmentedIndex.Write(_temp.Path, pages: 160) > 1);
        using var search = new SearchService(_temp.Path);
        var searcher = search.Searcher;
        var plan = new QueryPlanner(search.Analyzer, SynonymTable.Empty, new SpellingCorrector(searcher.IndexReader)).Plan(UserQuery.Parse(typed));
        using var lookup = new TermLookup(searcher.IndexReader);
        using var terms = lookup.ForSearch();

        // With kept terms every field's clause scores through TermsScorer; with plain term queries through Lucene's scorer.
        var kept = QueryBuilder.Build(plan, graded: true, terms)!;
        var lucene = QueryBuilder.Build(plan, graded: true)!;
        Assert.Contains("TermsScorer", ScorerTypes(searcher, kept));
        Assert.DoesNotContain("TermsScorer", ScorerTypes(searcher, lucene));

        var now = searcher.Search(kept, 1000).ScoreDocs;
        var then = searcher.Search(lucene, 1000).ScoreDocs;
        Assert.True(now.Length > 3);
        Assert.Equal(then.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))), now.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))));
    }

    [Fact]
    public void The_ranking_similarity_gives_every_frequency_the_square_root_Lucene_gives()
    {
        var ours = new RankingSimilarity();
        var lucene = new DefaultSimilarity();
        float[] frequencies = [.. Enumerable.Range(0, 300).Select(f => (float)f), 0.5f, 1.25f, 2.75f, 63.5f, 1e6f];
        Assert.All(frequencies, f => Assert.Equal(BitConverter.SingleToInt32Bits(lucene.Tf(f)), BitConverter.SingleToInt32Bits(ours.Tf(f))));
    }

    // The type names of the scorers a query makes in the index's segments, through every level of the query.
    private static HashSet<string> ScorerTypes(IndexSearcher searcher, Query query)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var names = new HashSet<string>();
        void Walk(Scorer scorer)
        {
            names.Add(scorer.GetType().Name);
            foreach (var child in scorer.GetChildren()) Walk(child.Child);
        }
        foreach (AtomicReaderContext leaf in searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer) Walk(scorer);
        }
        return names;
    }
}
