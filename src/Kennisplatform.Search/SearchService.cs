using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Kennisplatform.Search;

/// <summary>Answers searches from a read-only index; thread-safe, one instance per opened index.</summary>
public sealed class SearchService : IDisposable
{
    /// <summary>The fields that can filter a search and have facet counts, in the order they are shown.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [IndexFields.Type, IndexFields.Themes, IndexFields.Regions, IndexFields.Year];

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly QueryBuilder _queries;
    private readonly SnippetBuilder _snippets;
    private readonly FacetLabels _labels;

    /// <summary>Opens the index in <paramref name="folder"/> read-only, with the resources written beside it.</summary>
    public SearchService(string folder)
    {
        // SimpleFSDirectory, not MMapDirectory: faster under concurrent load in this Lucene.Net version,
        // and safe when a reader is disposed while another request still searches.
        _directory = new SimpleFSDirectory(new DirectoryInfo(folder));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        var resources = SearchResources.Load(folder);
        _analyzer = SearchAnalyzers.Create(resources.Compounds);
        _labels = resources.Labels;
        _queries = new QueryBuilder(_analyzer, resources.Synonyms, new SpellingCorrector(_reader));
        _snippets = new SnippetBuilder(_analyzer);
    }

    /// <summary>Number of documents in the index.</summary>
    public int DocumentCount => _reader.NumDocs;

    /// <summary>The reader, for build-time work such as related pages.</summary>
    public IndexSearcher Searcher => _searcher;

    /// <summary>The analyzer the index was written with.</summary>
    public Analyzer Analyzer => _analyzer;

    /// <summary>Runs a search; any input gives a result, never an exception for odd queries.</summary>
    public SearchResult Search(SearchRequest request)
    {
        var query = UserQuery.Parse(request.Query);
        var message = query.WasTruncated
            ? $"Uw zoekvraag was erg lang; we hebben gezocht op de eerste {UserQuery.MaxLength} tekens."
            : null;
        if (!query.Positive.Any())
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
        var sort = request.Sort == SearchSort.Date
            ? new Sort(new SortField(IndexFields.SortDate, SortFieldType.INT64, true), SortField.FIELD_SCORE)
            : Sort.RELEVANCE;
        var top = _searcher.Search(WithFilters(built, request), null, page * pageSize, sort, doDocScores: true, doMaxScore: false);

        // When not every word occurs together, fall back to any word rather than show nothing.
        if (top.TotalHits == 0 && query.Positive.Count() > 1 && _queries.Build(query, requireAll: false) is { } any)
        {
            built = any;
            top = _searcher.Search(WithFilters(built, request), null, page * pageSize, sort, doDocScores: true, doMaxScore: false);
        }

        var terms = _queries.HighlightTerms(query);
        var hits = top.ScoreDocs.Skip((page - 1) * pageSize).Select(sd => ToHit(sd, terms)).ToList();
        var pageCount = (int)Math.Min(1000, (top.TotalHits + pageSize - 1) / pageSize);
        return new SearchResult(query.Text, top.TotalHits, hits, page, pageCount, Facets(built, request), message,
            _queries.Suggestion(query));
    }

    // Each facet is counted with the filters of the other facets applied but not its own ("drill sideways"),
    // so that choosing a second value of the same facet widens the results instead of showing zeros.
    private Dictionary<string, IReadOnlyList<FacetCount>> Facets(Query query, SearchRequest request)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        foreach (var field in FacetFields)
        {
            var collector = new FacetCollector(field);
            _searcher.Search(WithFilters(query, request, except: field), collector);
            var selected = request.Filter(field);
            var counts = collector.Counts
                .Select(kv => new FacetCount(kv.Key, _labels.Label(field, kv.Key), kv.Value, selected.Contains(kv.Key)))
                .Concat(selected.Where(v => !collector.Counts.ContainsKey(v)).Select(v => new FacetCount(v, _labels.Label(field, v), 0, true)));
            facets[field] = (field == IndexFields.Year
                    ? counts.OrderByDescending(c => c.Value, StringComparer.Ordinal)
                    : counts.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.CurrentCulture))
                .ToList();
        }
        return facets;
    }

    private static Query WithFilters(Query query, SearchRequest request, string? except = null)
    {
        var root = new BooleanQuery { { query, Occur.MUST } };
        foreach (var field in FacetFields.Where(f => f != except))
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
            float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
            doc.Get(IndexFields.Access) == "besloten");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
