using Lucene.Net.Index;
using Lucene.Net.Search;
using FloatOrder = J2N.Collections.Generic.Comparer<float>;

namespace Kennisplatform.Search;

/// <summary>
/// The best <c>count</c> hits by relevance of a search sorted by relevance, its facet counts and its time check, in one
/// collector. What Lucene's <see cref="TopFieldCollector"/> with <see cref="Sort.RELEVANCE"/>,
/// <see cref="MultiCollector"/> and a cancelling wrapper did in four layers, each a virtual call per matching page (and
/// a score cache beside them), with the same result: the same hits in the same order with the same scores — higher
/// score first (floats compared as Lucene compares them), on equal scores the lower document number, the score taken
/// once per page from the scorer — and the same total. Documents come in order, one segment after another. It also
/// notes which of a few watched pages matched, so that the title intent need not run the query again for a page it
/// pins that is not among the best hits.
/// </summary>
public sealed class RelevanceCollector : ICollector
{
    private readonly FacetCounter _facets;
    private readonly CancellationToken _cancel;
    // A binary heap of the best hits so far, the least of them at the root.
    private readonly float[] _scores;
    private readonly int[] _docs;
    private int _size;
    private int _total;
    private int _docBase;
    private Scorer? _scorer;
    // The watched pages in ascending order, whether each matched, and the next one not yet passed (int.MaxValue when
    // none is left): documents come in ascending order, so one comparison per matching page suffices.
    private readonly int[] _watched;
    private readonly bool[] _watchedMatched;
    private int _nextWatched;
    private int _watchedAt;

    /// <summary>
    /// A collector of the best <paramref name="count"/> hits that also counts <paramref name="facets"/>, notes which of
    /// the <paramref name="watched"/> pages (document numbers of the searched reader) match, and stops when
    /// <paramref name="cancel"/> fires.
    /// </summary>
    public RelevanceCollector(int count, FacetCounter facets, CancellationToken cancel, IReadOnlyCollection<int>? watched = null)
    {
        _scores = new float[Math.Max(1, count)];
        _docs = new int[_scores.Length];
        _facets = facets;
        _cancel = cancel;
        _watched = watched is null ? [] : [.. watched.Distinct().Order()];
        _watchedMatched = new bool[_watched.Length];
        _nextWatched = _watched.Length > 0 ? _watched[0] : int.MaxValue;
    }

    /// <summary>Whether <paramref name="doc"/>, one of the watched pages, matched the search.</summary>
    public bool Matched(int doc)
    {
        var at = Array.BinarySearch(_watched, doc);
        if (at < 0) throw new ArgumentOutOfRangeException(nameof(doc), doc, "not a watched page");
        return _watchedMatched[at];
    }

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => false;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => _scorer = scorer;

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        _cancel.ThrowIfCancellationRequested();
        _docBase = context.DocBase;
        _facets.SetNextReader(context);
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        _cancel.ThrowIfCancellationRequested();
        _total++;
        _facets.Collect(doc);
        if (_docBase + doc >= _nextWatched) Watch(_docBase + doc);
        var score = _scorer!.GetScore();
        if (_size < _scores.Length)
        {
            _scores[_size] = score;
            _docs[_size] = _docBase + doc;
            Up(_size++);
        }
        // Documents come in order: one with the least score's equal has a higher number and loses.
        else if (FloatOrder.Default.Compare(score, _scores[0]) > 0)
        {
            _scores[0] = score;
            _docs[0] = _docBase + doc;
            Down(0);
        }
    }

    /// <summary>The total and the best hits, best first.</summary>
    public TopDocs GetTopDocs()
    {
        var hits = new ScoreDoc[_size];
        for (var i = _size - 1; i >= 0; i--)
        {
            hits[i] = new ScoreDoc(_docs[0], _scores[0]);
            _size--;
            if (_size > 0)
            {
                _scores[0] = _scores[_size];
                _docs[0] = _docs[_size];
                Down(0);
            }
        }
        return new TopDocs(_total, hits, float.NaN);
    }

    // Passes the watched pages up to doc, noting doc when it is one of them.
    private void Watch(int doc)
    {
        while (_watchedAt < _watched.Length && _watched[_watchedAt] < doc) _watchedAt++;
        if (_watchedAt < _watched.Length && _watched[_watchedAt] == doc) _watchedMatched[_watchedAt++] = true;
        _nextWatched = _watchedAt < _watched.Length ? _watched[_watchedAt] : int.MaxValue;
    }

    // Whether hit a is worse than hit b: a lower score, or the same score and a higher document number.
    private bool Worse(int a, int b)
    {
        var order = FloatOrder.Default.Compare(_scores[a], _scores[b]);
        return order < 0 || (order == 0 && _docs[a] > _docs[b]);
    }

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(i, parent)) return;
            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            if (left < _size && Worse(left, worst)) worst = left;
            if (left + 1 < _size && Worse(left + 1, worst)) worst = left + 1;
            if (worst == i) return;
            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
