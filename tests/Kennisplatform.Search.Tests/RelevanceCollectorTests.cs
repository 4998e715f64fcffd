using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Kennisplatform.Search.Tests;

public sealed class RelevanceCollectorTests(RelevanceCollectorTests.Pages index) : IClassFixture<RelevanceCollectorTests.Pages>
{
    /// <summary>
    /// Pages in three segments whose text repeats a few words, so that many pages share a score (ties) and a query
    /// matches more pages than are asked for; each page has one or two facet values.
    /// </summary>
    public sealed class Pages : IDisposable
    {
        private readonly RAMDirectory _directory = new();

        public DirectoryReader Reader { get; }

        public FacetOrdinals Facets { get; }

        public Pages()
        {
            var random = new Random(3);
            string[] words = ["vastgoed", "witwassen", "drugs", "haven", "gemeente"];
            using (var writer = new IndexWriter(_directory, new IndexWriterConfig(DutchTextAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(DutchTextAnalyzer.Version))
                   { MergePolicy = NoMergePolicy.COMPOUND_FILES }))
            {
                for (var segment = 0; segment < 3; segment++)
                {
                    for (var page = 0; page < 60; page++)
                    {
                        var document = new Document
                        {
                            new TextField("body", string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)])), Field.Store.NO),
                            new SortedSetDocValuesField("type", new BytesRef(random.Next(2) == 0 ? "praktijkvoorbeeld" : "handreiking")),
                        };
                        if (random.Next(3) == 0) document.Add(new SortedSetDocValuesField("type", new BytesRef("publicatie")));
                        writer.AddDocument(document);
                    }
                    writer.Commit();
                }
            }
            Reader = DirectoryReader.Open(_directory);
            Facets = new FacetOrdinals(Reader, ["type"]);
        }

        public void Dispose()
        {
            Reader.Dispose();
            _directory.Dispose();
        }
    }

    public static TheoryData<string, int> Searches => new()
    {
        { "vastgoed", 1 }, { "vastgoed", 10 }, { "vastgoed drugs", 7 }, { "haven gemeente witwassen", 50 }, { "drugs", 500 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Keeps_the_hits_scores_order_and_total_of_Lucenes_relevance_sort_with_equal_scores_to_the_lower_page(string words, int count)
    {
        var searcher = new IndexSearcher(index.Reader);
        var query = new BooleanQuery();
        foreach (var word in words.Split(' ')) query.Add(new TermQuery(new Term("body", word)), Occur.SHOULD);

        var lucene = TopFieldCollector.Create(Sort.RELEVANCE, count, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(query, lucene);
        var expected = lucene.GetTopDocs();
        var ours = new RelevanceCollector(count, index.Facets.Counter(["type"]), CancellationToken.None);
        searcher.Search(query, ours);
        var actual = ours.GetTopDocs();

        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))),
            actual.ScoreDocs.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))));
        // The searches must reach the cases that matter: more matches than kept, and kept pages sharing a score.
        if (count < 50) Assert.True(expected.TotalHits > count);
        if (count > 1) Assert.Contains(actual.ScoreDocs.GroupBy(h => h.Score), g => g.Count() > 1);
    }

    [Fact]
    public void Counts_the_facet_values_of_every_matching_page()
    {
        var searcher = new IndexSearcher(index.Reader);
        var query = new TermQuery(new Term("body", "haven"));
        var counter = index.Facets.Counter(["type"]);
        searcher.Search(query, new RelevanceCollector(3, counter, CancellationToken.None));

        var expected = new Dictionary<string, long>();
        foreach (var leaf in index.Reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues("type");
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term("body", "haven"));
            var bytes = new BytesRef();
            while (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                values.SetDocument(docs.DocID);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    values.LookupOrd(ord, bytes);
                    expected[bytes.Utf8ToString()] = expected.GetValueOrDefault(bytes.Utf8ToString()) + 1;
                }
            }
        }
        Assert.Equal(expected.OrderBy(kv => kv.Key), counter.Complete()["type"].OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Notes_which_watched_pages_match_in_every_segment()
    {
        var query = new TermQuery(new Term("body", "haven"));
        var matching = new HashSet<int>();
        foreach (var leaf in index.Reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term("body", "haven"));
            while (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) matching.Add(leaf.DocBase + docs.DocID);
        }
        // Unordered, repeated, in all three segments, the first and the last page, matching and not, and more matching
        // pages than the collector keeps.
        int[] watched = [179, 0, 61, 60, 119, 120, 5, 61, 178, 59, .. matching.Take(12)];
        var ours = new RelevanceCollector(3, index.Facets.Counter(["type"]), CancellationToken.None, watched);
        new IndexSearcher(index.Reader).Search(query, ours);

        Assert.Equal(watched.Select(matching.Contains), watched.Select(ours.Matched));
        Assert.Contains(watched, d => !matching.Contains(d));
        Assert.Contains(watched, matching.Contains);
        Assert.Throws<ArgumentOutOfRangeException>(() => ours.Matched(Enumerable.Range(0, 180).First(d => !watched.Contains(d))));
    }

    [Fact]
    public void A_cancelled_search_stops_with_an_exception()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var ours = new RelevanceCollector(10, index.Facets.Counter(["type"]), cancel.Token);
        Assert.Throws<OperationCanceledException>(() => new IndexSearcher(index.Reader).Search(new TermQuery(new Term("body", "drugs")), ours));
    }
}
