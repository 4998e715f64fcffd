using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace Kennisplatform.Search;

/// <summary>
/// "Zie ook": the pages most like a given page that share one of its themes. Each page gets a small signature, its
/// strongest terms by tf-idf (body term vector, title and summary), and pages are compared only through the terms
/// their signatures share, via an inverted map whose lists are bounded. So the cost grows with the number of pages,
/// not with pages × index, and every page's list can be computed on its own (in parallel, in any order).
/// </summary>
public sealed class RelatedPages
{
    /// <summary>Terms per signature.</summary>
    public const int SignatureTerms = 25;

    /// <summary>The most signatures a term leads to: a term shared by thousands of pages says little about any two of them.</summary>
    public const int CandidatesPerTerm = 256;

    private const float TitleWeight = 3f;
    private const float SummaryWeight = 2f;

    private readonly string[] _urls;
    private readonly string[][] _themes;
    private readonly Signature[] _signatures;
    private readonly Posting[][] _postings;
    private readonly Dictionary<string, int> _byUrl;

    private readonly record struct Signature(int[] Terms, float[] Weights);

    private readonly record struct Posting(int Page, float Weight);

    private RelatedPages(string[] urls, string[][] themes, Signature[] signatures, Posting[][] postings)
    {
        _urls = urls;
        _themes = themes;
        _signatures = signatures;
        _postings = postings;
        _byUrl = new Dictionary<string, int>(urls.Length, StringComparer.Ordinal);
        for (var i = 0; i < urls.Length; i++) _byUrl[urls[i]] = i;
    }

    /// <summary>
    /// Signatures of every page of an index written by <see cref="SearchIndexWriter"/>, with the analyzer it was
    /// written with (for title and summary, which have no term vectors).
    /// </summary>
    public static RelatedPages FromIndex(IndexReader reader, Analyzer analyzer)
    {
        var pages = reader.MaxDoc;
        // Document frequencies of the body's terms; terms on one page or on most pages are left out, as MoreLikeThis did.
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var idf = new List<float>();
        var maxDocFreq = Math.Max(10, pages * 3 / 10);
        if (MultiFields.GetTerms(reader, IndexFields.Body) is { } bodyTerms)
        {
            var e = bodyTerms.GetEnumerator();
            while (e.MoveNext())
            {
                if (e.DocFreq < 2 || e.DocFreq > maxDocFreq) continue;
                termIds[e.Term.Utf8ToString()] = idf.Count;
                idf.Add((float)Math.Log((double)pages / e.DocFreq));
            }
        }

        var urls = new string[pages];
        var themes = new string[pages][];
        var signatures = new Signature[pages];
        Parallel.For(0, pages, page =>
        {
            var stored = reader.Document(page);
            urls[page] = stored.Get(IndexFields.Url);
            themes[page] = stored.GetValues(IndexFields.Themes);
            var weights = new Dictionary<int, float>();
            void Add(int id, float weight) => weights[id] = weights.GetValueOrDefault(id) + weight;
            if (reader.GetTermVector(page, IndexFields.Body) is { } vector)
            {
                var e = vector.GetEnumerator();
                while (e.MoveNext())
                {
                    if (termIds.TryGetValue(e.Term.Utf8ToString(), out var id)) Add(id, 1 + (float)Math.Log(e.TotalTermFreq));
                }
            }
            foreach (var term in AnalyzedTerms.Of(analyzer, IndexFields.Title, stored.Get(IndexFields.Title) ?? ""))
            {
                if (termIds.TryGetValue(term, out var id)) Add(id, TitleWeight);
            }
            foreach (var term in AnalyzedTerms.Of(analyzer, IndexFields.Summary, stored.Get(IndexFields.Summary) ?? ""))
            {
                if (termIds.TryGetValue(term, out var id)) Add(id, SummaryWeight);
            }
            var top = weights.Select(w => (Id: w.Key, Weight: w.Value * idf[w.Key]))
                .OrderByDescending(w => w.Weight).ThenBy(w => w.Id)
                .Take(SignatureTerms)
                .ToArray();
            var norm = (float)Math.Sqrt(top.Sum(t => (double)t.Weight * t.Weight));
            signatures[page] = new Signature(top.Select(t => t.Id).ToArray(), top.Select(t => norm == 0 ? 0 : t.Weight / norm).ToArray());
        });

        // The inverted map: per term, the pages whose signature has it, strongest first (ties: index order), bounded.
        var lists = new List<Posting>?[idf.Count];
        for (var page = 0; page < pages; page++)
        {
            var s = signatures[page];
            for (var i = 0; i < s.Terms.Length; i++) (lists[s.Terms[i]] ??= []).Add(new Posting(page, s.Weights[i]));
        }
        var postings = new Posting[idf.Count][];
        Parallel.For(0, idf.Count, term =>
        {
            postings[term] = lists[term] is { } list
                ? list.OrderByDescending(p => p.Weight).ThenBy(p => p.Page).Take(CandidatesPerTerm).ToArray()
                : [];
        });
        return new RelatedPages(urls, themes, signatures, postings);
    }

    /// <summary>
    /// Up to <paramref name="max"/> URLs of the pages most like <paramref name="url"/> that share one of
    /// <paramref name="themes"/>, best first (ties by URL); thread-safe.
    /// </summary>
    public IReadOnlyList<string> For(string url, IReadOnlyCollection<string> themes, int max = 5)
    {
        if (themes.Count == 0 || !_byUrl.TryGetValue(url, out var self)) return [];
        var scores = new float[_urls.Length];
        var touched = new List<int>();
        var signature = _signatures[self];
        for (var i = 0; i < signature.Terms.Length; i++)
        {
            foreach (var posting in _postings[signature.Terms[i]])
            {
                if (scores[posting.Page] == 0) touched.Add(posting.Page); // weights are > 0: a page is added once
                scores[posting.Page] += signature.Weights[i] * posting.Weight;
            }
        }
        var result = touched
            .Where(p => p != self && _themes[p].Any(themes.Contains))
            .Select(p => (Page: p, Score: scores[p]))
            .OrderByDescending(c => c.Score).ThenBy(c => _urls[c.Page], StringComparer.Ordinal)
            .Take(max)
            .Select(c => _urls[c.Page])
            .ToList();
        return result;
    }
}
