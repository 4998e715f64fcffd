using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>
/// Lucene's disjunction-max scorer (<c>DisjunctionScorer</c> and <c>DisjunctionMaxScorer</c>) for clauses that are all
/// kept terms (<see cref="FieldsQuery"/>): the same min-heap of sub-scorers by document, moved and summed in the same
/// order, so every score is the same float to the bit. Typed to the sealed <see cref="KeptTermQuery.KeptScorer"/>,
/// its steps read each sub-scorer's document as a field and call it directly, and its heap stores need no type check:
/// Lucene's scorer made a virtual call for every document number its heap compared.
/// </summary>
internal sealed class TermsScorer : Scorer
{
    private readonly KeptTermQuery.KeptScorer[] _heap;
    private readonly float _tieBreaker;
    private int _count;
    private int _doc = -1;
    private int _freq = -1;
    private float _sum;
    private float _max;

    /// <summary>A scorer over <paramref name="scorers"/> (at least one), in the order of the query's clauses.</summary>
    public TermsScorer(Weight weight, float tieBreaker, KeptTermQuery.KeptScorer[] scorers) : base(weight)
    {
        _heap = scorers;
        _count = scorers.Length;
        _tieBreaker = tieBreaker;
        for (var i = (_count >> 1) - 1; i >= 0; i--) Down(i);
    }

    /// <inheritdoc />
    public override int DocID => _doc;

    /// <inheritdoc />
    public override int Freq => _freq;

    /// <inheritdoc />
    public override float GetScore() => _max + (_sum - _max) * _tieBreaker;

    /// <inheritdoc />
    public override long GetCost()
    {
        long sum = 0;
        for (var i = 0; i < _count; i++) sum += _heap[i].GetCost();
        return sum;
    }

    /// <inheritdoc />
    public override ICollection<ChildScorer> GetChildren()
    {
        var children = new List<ChildScorer>(_count);
        for (var i = 0; i < _count; i++) children.Add(new ChildScorer(_heap[i], "SHOULD"));
        return children;
    }

    /// <inheritdoc />
    public override int NextDoc()
    {
        while (true)
        {
            if (_heap[0].NextDoc() != NO_MORE_DOCS) Down(0);
            else if (!RemoveTop()) return _doc = NO_MORE_DOCS;
            if (_heap[0].DocID != _doc)
            {
                Landed();
                return _doc;
            }
        }
    }

    /// <inheritdoc />
    public override int Advance(int target)
    {
        while (true)
        {
            if (_heap[0].Advance(target) != NO_MORE_DOCS) Down(0);
            else if (!RemoveTop()) return _doc = NO_MORE_DOCS;
            if (_heap[0].DocID >= target)
            {
                Landed();
                return _doc;
            }
        }
    }

    // On a new document: the top's score, then the sub-scorers on the same document in the heap's preorder, the order
    // in which Lucene sums them (float addition depends on it).
    private void Landed()
    {
        _doc = _heap[0].DocID;
        _sum = _max = _heap[0].GetScore();
        _freq = 1;
        Add(1);
        Add(2);
    }

    private void Add(int root)
    {
        if (root >= _count || _heap[root].DocID != _doc) return;
        var score = _heap[root].GetScore();
        _freq++;
        _sum += score;
        _max = Math.Max(_max, score);
        Add((root << 1) + 1);
        Add((root << 1) + 2);
    }

    // The subtree at root is a heap but for its root: move the root down to its place.
    private void Down(int root)
    {
        var heap = _heap;
        var moving = heap[root];
        var doc = moving.DocID;
        var i = root;
        while (i <= (_count >> 1) - 1)
        {
            var left = (i << 1) + 1;
            var right = left + 1;
            var leftDoc = heap[left].DocID;
            var rightDoc = right < _count ? heap[right].DocID : int.MaxValue;
            if (leftDoc < doc)
            {
                var child = rightDoc < leftDoc ? right : left;
                heap[i] = heap[child];
                heap[child] = moving;
                i = child;
            }
            else if (rightDoc < doc)
            {
                heap[i] = heap[right];
                heap[right] = moving;
                i = right;
            }
            else
            {
                return;
            }
        }
    }

    // The top sub-scorer is exhausted: the last takes its place and moves down. False when none is left.
    private bool RemoveTop()
    {
        if (_count == 1)
        {
            _heap[0] = null!;
            _count = 0;
            return false;
        }
        _heap[0] = _heap[_count - 1];
        _heap[_count - 1] = null!;
        _count--;
        Down(0);
        return true;
    }
}
