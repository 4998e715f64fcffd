using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Kennisplatform.Search;

/// <summary>Answers searches from a read-only index; thread-safe, one instance per opened index.</summary>
public sealed class SearchService : IDisposable
{
    /// <summary>The fields that can filter a search and have facet counts, in the order they are shown: the type, each taxonomy, the year.</summary>
    public IReadOnlyList<string> FacetFields { get; }

    /// <summary>The taxonomy table the index was written with (filters, facets and their search parameters).</summary>
    public IReadOnlyList<Kennisplatform.Contracts.Taxonomy> Taxonomies { get; }

    private readonly IReadOnlyList<Lucene.Net.Store.Directory> _directories;
    private readonly IndexReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly QueryPlanner _planner;
    // Read from the whole index on the first search, not at opening: the build opens an index only for related pages.
    private readonly Lazy<TitleIntent> _intent;
    private readonly Lazy<ResultFields> _results;
    private readonly Lazy<FacetOrdinals> _facets;
    private readonly SnippetBuilder _snippets;
    private readonly PassageHighlighter _passages = new();
    private readonly FacetLabels _labels;
    private readonly ResultCache _cache = new();
    private readonly TermLookup _terms;

    // Intent targets outside the first hits are looked up in this many; beyond it they are not pinned.
    private const int IntentDepth = 50;

    /// <summary>
    /// Opens one or more indexes read-only as one (the public index and the closed part's); the first folder's
    /// resources (compounds, synonyms, labels) were used to write them all. When any step fails, whatever was
    /// opened is closed again before the exception leaves.
    /// </summary>
    public SearchService(params string[] folders) : this(folders[0], folders)
    {
    }

    /// <summary>
    /// Opens the indexes in <paramref name="folders"/> read-only as one, with the resources (compounds, synonyms,
    /// labels) of the published index in <paramref name="resourcesFolder"/>: a host's copy of an index
    /// (<see cref="SingleSegmentCopy"/>) holds only the index files.
    /// </summary>
    public SearchService(string resourcesFolder, IReadOnlyList<string> folders)
    {
        var directories = new List<Lucene.Net.Store.Directory>();
        var readers = new List<IndexReader>();
        IndexReader? reader = null;
        Analyzer? analyzer = null;
        try
        {
            foreach (var folder in folders)
            {
                var directory = SearchDirectory.Open(folder);
                directories.Add(directory);
                readers.Add(DirectoryReader.Open(directory));
            }
            reader = readers.Count == 1 ? readers[0] : new MultiReader([.. readers], closeSubReaders: true);
            var resources = SearchResources.Load(resourcesFolder);
            analyzer = SearchAnalyzers.Create(resources.Compounds);
            _searcher = new ReadOnlyIndexSearcher(reader) { Similarity = new RankingSimilarity() };
            _labels = resources.Labels;
            Taxonomies = resources.Taxonomies;
            FacetFields = [IndexFields.Type, .. Taxonomies.Select(t => t.Key), IndexFields.Year];
            var stemmer = analyzer;
            _terms = new TermLookup(reader);
            var speller = new SpellingCorrector(reader, word => AnalyzedTerms.Of(stemmer, IndexFields.Body, word) is [var only] ? only : null);
            _planner = new QueryPlanner(analyzer, resources.Synonyms, speller);
            var opened = reader;
            _intent = new Lazy<TitleIntent>(() => new TitleIntent(opened, resources.Synonyms));
            _results = new Lazy<ResultFields>(() => new ResultFields(opened));
            _facets = new Lazy<FacetOrdinals>(() => new FacetOrdinals(opened, FacetFields));
            _snippets = new SnippetBuilder(analyzer);
        }
        catch
        {
            analyzer?.Dispose();
            if (reader is not null) reader.Dispose();
            else foreach (var opened in readers) opened.Dispose();
            foreach (var directory in directories) directory.Dispose();
            throw;
        }
        _directories = directories;
        _reader = reader;
        _analyzer = analyzer;
    }

    /// <summary>
    /// Reads now what the first search would read of the whole index (titles for intent, the fields results show,
    /// facet values), so that a service opened in the background answers its first search as fast as any other.
    /// </summary>
    public void Prepare()
    {
        _ = _intent.Value;
        _ = _results.Value;
        _ = _facets.Value;
    }

    /// <summary>The reader, for build-time work such as related pages.</summary>
    public IndexSearcher Searcher => _searcher;

    /// <summary>The analyzer the index was written with.</summary>
    public Analyzer Analyzer => _analyzer;

    /// <summary>
    /// Runs a search, or returns the identical result of the same search done before on this index. When
    /// <paramref name="cancel"/> is cancelled (a time budget), the search stops where it is, also inside Lucene's
    /// collection, with <see cref="OperationCanceledException"/>; nothing of it is cached.
    /// </summary>
    public SearchResult Search(SearchRequest request, CancellationToken cancel = default) =>
        _cache.GetOrAdd(request, r => SearchUncached(r, cancel));

    /// <summary>Runs a search without the result cache; any input gives a result, never an exception for odd queries.</summary>
    public SearchResult SearchUncached(SearchRequest request, CancellationToken cancel = default)
    {
        cancel.ThrowIfCancellationRequested();
        var query = UserQuery.Parse(request.Query);
        var message = query.WasTruncated
            ? $"Uw zoekvraag was erg lang; we hebben gezocht op de eerste {UserQuery.MaxLength} tekens."
            : null;
        var pageSize = Math.Clamp(request.PageSize, 1, 50);
        var page = Math.Clamp(request.Page, 1, 1000);
        var browsing = !query.Positive.Any() && FacetFields.Any(f => request.Filter(f).Count > 0);
        if (!query.Positive.Any() && !browsing)
        {
            return SearchResult.Empty(query.Text, query.Elements.Count > 0 ? "Geef ten minste één zoekwoord op." : message);
        }

        // The plan is worked out once: the query, its fallback, snippets and "Bedoelde u" all read from it.
        var plan = browsing ? null : _planner.Plan(query);
        cancel.ThrowIfCancellationRequested();
        // Every clause naming a term shares its states in the segments, looked up once.
        using var terms = _terms.ForSearch();
        // Filters without words browse: everything that matches the filters, newest first (the listings link here).
        var built = plan is null ? new MatchAllDocsQuery() : QueryBuilder.Build(plan, graded: true, terms);
        if (built is null)
        {
            return SearchResult.Empty(query.Text, message ?? "Uw zoekvraag bevat geen woorden waarop we kunnen zoeken. Probeer andere woorden.");
        }
        var byDate = request.Sort != SearchSort.Relevance || browsing;
        var sort = request.Sort == SearchSort.Updated
            ? new Sort(new SortField(IndexFields.SortUpdated, SortFieldType.INT64, true), new SortField(IndexFields.SortDate, SortFieldType.INT64, true), SortField.FIELD_SCORE)
            : byDate
            ? new Sort(new SortField(IndexFields.SortDate, SortFieldType.INT64, true), SortField.FIELD_SCORE)
            : Sort.RELEVANCE;
        var targets = byDate ? [] : _intent.Value.Targets(query);
        var depth = Math.Max(page * pageSize, targets.Count > 0 ? IntentDepth : 0);
        var (top, facets, best) = Run(built, request, terms, sort, depth, targets, cancel);

        // When too few of the words occur together, fall back to any word rather than show nothing, and say so.
        var someWordsOnly = false;
        if (top.TotalHits == 0 && plan is not null && QueryBuilder.FallbackWidens(plan) && QueryBuilder.Build(plan, graded: false, terms) is { } any)
        {
            built = any;
            (top, facets, best) = Run(any, request, terms, sort, depth, targets, cancel);
            someWordsOnly = top.TotalHits > 0;
        }

        cancel.ThrowIfCancellationRequested();
        // The intent has targets only in a search by relevance, whose collector noted which of them matched.
        IReadOnlyList<ScoreDoc> ranked = targets.Count == 0 ? top.ScoreDocs : Pinned(top.ScoreDocs, targets, best!.Matched);
        if (!byDate) ranked = Lowered(ranked, _intent.Value.RegionPagesBelowSubject(query), targets);
        var marked = plan?.HighlightTerms ?? new HashSet<string>();
        var passages = plan is null ? null : _passages.Prepare(plan, _terms);
        var shown = ranked.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        // Snippets in document order: each term's postings then only move forward (PassageTargets).
        var snippets = new Dictionary<int, string?>(shown.Count);
        if (passages is not null)
        {
            foreach (var doc in shown.Select(sd => sd.Doc).Order())
            {
                cancel.ThrowIfCancellationRequested();
                snippets[doc] = _passages.Build(passages, _reader, doc);
            }
        }
        var hits = shown.Select(sd =>
        {
            cancel.ThrowIfCancellationRequested();
            return ToHit(sd, marked, snippets.GetValueOrDefault(sd.Doc));
        }).ToList();
        var pageCount = (int)Math.Min(1000, (top.TotalHits + pageSize - 1) / pageSize);
        return new SearchResult(query.Text, top.TotalHits, hits, page, pageCount, facets, message, plan?.Suggestion, someWordsOnly);
    }

    // Region pages named beside a subject move below the first few subject pages (unless the intent pinned them).
    private static IReadOnlyList<ScoreDoc> Lowered(IReadOnlyList<ScoreDoc> ranked, IReadOnlyList<int> lowered, IReadOnlyList<int> pinned)
    {
        if (lowered.Count == 0) return ranked;
        var moving = ranked.Take(TitleIntent.RegionPageIndex).Where(sd => lowered.Contains(sd.Doc) && !pinned.Contains(sd.Doc)).ToList();
        if (moving.Count == 0) return ranked;
        var rest = ranked.Where(sd => !moving.Contains(sd)).ToList();
        var at = Math.Min(TitleIntent.RegionPageIndex, rest.Count);
        return [.. rest.Take(at), .. moving, .. rest.Skip(at)];
    }

    // The intent's documents go first, in its order, when they match the query and its filters; the rest keep theirs.
    private static IReadOnlyList<ScoreDoc> Pinned(ScoreDoc[] ranked, IReadOnlyList<int> targets, Func<int, bool> matched)
    {
        var first = new List<ScoreDoc>();
        foreach (var doc in targets)
        {
            var found = Array.Find(ranked, sd => sd.Doc == doc);
            if (found is not null) first.Add(found);
            else if (matched(doc)) first.Add(new ScoreDoc(doc, ranked.Length > 0 ? ranked[0].Score : 0));
        }
        return first.Count == 0 ? ranked : [.. first, .. ranked.Where(sd => !first.Any(f => f.Doc == sd.Doc))];
    }

    // One pass collects the top hits and the counts of every facet without a selection. A facet with a selection is
    // counted without its own filter but with the others ("drill sideways"), so that choosing a second value of the
    // same facet widens the results instead of showing zeros. With one such facet, that is the same pass: the query
    // without the filter, whose documents with a selected value are the hits (SidewaysCollector). With more, each is
    // counted in a pass of its own. A search by relevance also notes which of the watched pages match (Best).
    private (TopDocs Top, Dictionary<string, IReadOnlyList<FacetCount>> Facets, RelevanceCollector? Best) Run(Query query,
        SearchRequest request, SearchTerms terms, Sort sort, int count, IReadOnlyList<int> watched, CancellationToken cancel)
    {
        // In document order: out of order, each level of the nested query builds its sub-scorers again per segment.
        var plain = _facets.Value.Counter(FacetFields.Where(f => request.Filter(f).Count == 0));
        ICollector collector;
        Func<TopDocs> found;
        RelevanceCollector? best = null;
        if (sort == Sort.RELEVANCE)
        {
            best = new RelevanceCollector(count, plain, cancel, watched);
            (collector, found) = (best, best.GetTopDocs);
        }
        else
        {
            var top = TopFieldCollector.Create(sort, Math.Max(1, count), fillFields: false, trackDocScores: true, trackMaxScore: false,
                docsScoredInOrder: true);
            (collector, found) = (new CancellableCollector(MultiCollector.Wrap(top, plain), cancel), top.GetTopDocs);
        }
        var selected = FacetFields.Where(f => request.Filter(f).Count > 0).ToList();
        var counts = new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal);
        if (selected is [var only] && FilterValues(request, only) is { Count: > 0 } values)
        {
            var sideways = _facets.Value.Counter([only]);
            var split = new SidewaysCollector(_facets.Value, _facets.Value.Selection(only, values), sideways, collector, cancel);
            _searcher.Search(WithFilters(query, request, terms, except: only), split);
            counts[only] = sideways.Complete()[only];
        }
        else
        {
            _searcher.Search(WithFilters(query, request, terms), collector);
            foreach (var field in selected)
            {
                var sideways = _facets.Value.Counter([field]);
                _searcher.Search(WithFilters(query, request, terms, except: field), new CancellableCollector(sideways, cancel));
                counts[field] = sideways.Complete()[field];
            }
        }
        foreach (var (field, perValue) in plain.Complete()) counts[field] = perValue;
        return (found(), FacetFields.ToDictionary(f => f, f => Labelled(f, counts[f], request.Filter(f))), best);
    }

    private IReadOnlyList<FacetCount> Labelled(string field, IReadOnlyDictionary<string, long> counts, IReadOnlyList<string> selected)
    {
        var values = counts
            .Select(kv => new FacetCount(kv.Key, _labels.Label(field, kv.Key), kv.Value, selected.Contains(kv.Key)))
            .Concat(selected.Where(v => !counts.ContainsKey(v)).Select(v => new FacetCount(v, _labels.Label(field, v), 0, true)));
        return (field == IndexFields.Year
                ? values.OrderByDescending(c => c.Value, StringComparer.Ordinal)
                : values.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.CurrentCulture))
            .ToList();
    }

    private Query WithFilters(Query query, SearchRequest request, SearchTerms terms, string? except = null)
    {
        var root = new BooleanQuery { { query, Occur.MUST } };
        foreach (var field in FacetFields.Where(f => f != except))
        {
            var values = FilterValues(request, field);
            if (values.Count == 0) continue;
            var any = new BooleanQuery();
            foreach (var value in values) any.Add(terms.Query(field, value), Occur.SHOULD);
            root.Add(new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST);
        }
        return root;
    }

    // The values a search filters a field on; a field without any is not filtered.
    private static List<string> FilterValues(SearchRequest request, string field) =>
        request.Filter(field).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();

    private SearchHitResult ToHit(ScoreDoc scoreDoc, IReadOnlySet<string> terms, string? passage)
    {
        var shown = _results.Value[scoreDoc.Doc];
        var snippet = passage
                      ?? _snippets.Build(IndexFields.Summary, shown.Summary, terms)
                      ?? _snippets.Plain(shown.Summary);
        return new SearchHitResult(shown.Url, shown.Title, shown.Type, shown.TypeLabel, shown.Summary, snippet, shown.Date, shown.DateText,
            shown.Themes, shown.ThemeLabels, float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, shown.Restricted, shown.Updated, shown.Change);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _terms.Dispose();
        _reader.Dispose();
        foreach (var directory in _directories) directory.Dispose();
        _analyzer.Dispose();
    }
}
