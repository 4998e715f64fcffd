using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>"Zie ook": pages most like a given page (Lucene's MoreLikeThis), restricted to a set of themes.</summary>
public sealed class RelatedPages(SearchService search)
{
    private static readonly string[] Fields = [IndexFields.Title, IndexFields.Summary, IndexFields.Body];

    /// <summary>Up to <paramref name="max"/> URLs of pages like <paramref name="url"/> that share one of <paramref name="themes"/>.</summary>
    public IReadOnlyList<string> For(string url, IReadOnlyCollection<string> themes, int max = 5)
    {
        if (themes.Count == 0) return [];
        var searcher = search.Searcher;
        var self = searcher.Search(new TermQuery(new Term(IndexFields.Url, url)), 1).ScoreDocs;
        if (self.Length == 0) return [];

        // MoreLikeThis is not thread-safe: one per call. It reads the body's term vector and re-analyses title and summary.
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = search.Analyzer,
            FieldNames = Fields,
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxDocFreq = Math.Max(10, searcher.IndexReader.NumDocs * 3 / 10), // words on most pages say little
            MinWordLen = 3,
            MaxQueryTerms = 20,
            ApplyBoost = true,
        };
        var like = mlt.Like(self[0].Doc);
        var themeFilter = new BooleanQuery();
        foreach (var theme in themes) themeFilter.Add(new TermQuery(new Term(IndexFields.Themes, theme)), Occur.SHOULD);
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new ConstantScoreQuery(themeFilter) { Boost = 0 }, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Url, url)), Occur.MUST_NOT },
        };
        return searcher.Search(query, max).ScoreDocs.Select(sd => searcher.Doc(sd.Doc).Get(IndexFields.Url)).ToList();
    }
}
