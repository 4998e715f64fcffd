using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Kennisplatform.Search;

/// <summary>Answers searches from a read-only index; thread-safe, one instance per opened index.</summary>
public sealed class SearchService : IDisposable
{
    private static readonly string[] FilterFields = [IndexFields.Type, IndexFields.Themes, IndexFields.Regions, IndexFields.Year];

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly QueryBuilder _queries;
    private readonly SnippetBuilder _snippets;

    /// <summary>Opens the index in <paramref name="folder"/> read-only.</summary>
    public SearchService(string folder)
    {
        // SimpleFSDirectory, not MMapDirectory: faster under concurrent load in this Lucene.Net version,
        // and safe when a reader is disposed while another request still searches.
        _directory = new SimpleFSDirectory(new DirectoryInfo(folder));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _analyzer = SearchAnalyzers.Create();
        _queries = new QueryBuilder(_analyzer);
        _snippets = new SnippetBuilder(_analyzer);
    }

    /// <summary>Number of documents in the index.</summary>
    public int DocumentCount => _reader.NumDocs;

    /// <summary>Runs a search; any input gives a result, never an exception for odd queries.</summary>
    public SearchResult Search(SearchRequest request)
    {
        var query = UserQuery.Parse(request.Query);
        var message = query.WasTruncated
            ? $"Uw zoekvraag was erg lang; we hebben gezocht op de eerste {UserQuery.MaxLength} tekens."
            : null;
        if (query.Positive.All(e => string.IsNullOrWhiteSpace(e.Text)))
        {
            return SearchResult.Empty(query.Text, query.Elements.Count > 0 ? "Geef ten minste één zoekwoord op." : message);
        }

        var pageSize = Math.Clamp(request.PageSize, 1, 50);
        var page = Math.Clamp(request.Page, 1, 1000);
        var built = _queries.Build(query, requireAll: true);
        if (built is null)
        {
            return SearchResult.Empty(query.Text, message ?? "Uw zoekvraag bevat geen woorden waarop we kunnen zoeken. Probeer andere woorden.");
        }
        var filtered = WithFilters(built, request);
        var sort = request.Sort == SearchSort.Date
            ? new Sort(new SortField(IndexFields.SortDate, SortFieldType.INT64, true), SortField.FIELD_SCORE)
            : Sort.RELEVANCE;
        var top = _searcher.Search(filtered, null, page * pageSize, sort, doDocScores: true, doMaxScore: false);

        // When not every word occurs together, fall back to any word rather than show nothing.
        if (top.TotalHits == 0 && query.Positive.Count() > 1 && _queries.Build(query, requireAll: false) is { } any)
        {
            top = _searcher.Search(WithFilters(any, request), null, page * pageSize, sort, doDocScores: true, doMaxScore: false);
        }

        var terms = _queries.HighlightTerms(query);
        var hits = top.ScoreDocs.Skip((page - 1) * pageSize).Select(sd => ToHit(sd, terms)).ToList();
        var pageCount = (int)Math.Min(1000, (top.TotalHits + pageSize - 1) / pageSize);
        return new SearchResult(query.Text, top.TotalHits, hits, page, pageCount,
            new Dictionary<string, IReadOnlyList<FacetCount>>(), message);
    }

    private static Query WithFilters(Query query, SearchRequest request)
    {
        var root = new BooleanQuery { { query, Occur.MUST } };
        foreach (var field in FilterFields)
        {
            var values = request.Filter(field).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
            if (values.Count == 0) continue;
            var any = new BooleanQuery();
            foreach (var value in values) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            root.Add(new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST);
        }
        return root;
    }

    private SearchHitResult ToHit(ScoreDoc scoreDoc, IReadOnlySet<string> terms)
    {
        var doc = _searcher.Doc(scoreDoc.Doc);
        var summary = doc.Get(IndexFields.Summary) ?? "";
        var snippet = _snippets.Build(IndexFields.Body, doc.Get(IndexFields.Body) ?? "", terms)
                      ?? _snippets.Build(IndexFields.Summary, summary, terms)
                      ?? _snippets.Plain(summary);
        return new SearchHitResult(
            doc.Get(IndexFields.Url),
            doc.Get(IndexFields.Title) ?? "",
            doc.Get(IndexFields.Type) ?? "",
            doc.Get(IndexFields.TypeLabel) ?? "",
            summary,
            snippet,
            doc.Get(IndexFields.Date),
            doc.Get(IndexFields.DateText),
            doc.GetValues(IndexFields.Themes) ?? [],
            doc.GetValues(IndexFields.ThemeLabels) ?? [],
            float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
