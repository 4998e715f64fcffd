using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// Looks a search's terms up in every index segment once: a query names the same term in several clauses (the graded
/// query and its fallback, the focus clause, the check of intent targets), and Lucene would look each clause's term up
/// in every segment with a new term enumerator. Here each segment and field has one term enumerator per thread, kept
/// across searches (the index never changes under it), and each term's states are worked out once per search. The
/// postings enumerators that score a search's terms are taken from a pool shared by all threads and given back when
/// the search ends (<see cref="KeptTermQuery"/>, <see cref="SearchTerms"/>): Lucene makes a new term enumerator and a
/// new postings enumerator, each with its buffers and a cloned file input, for every term, field and segment of every
/// search. Shared, so that the pool holds what the searches running at one time need, not that for every thread the
/// host ever used. Thread-safe: one per opened index; <see cref="ForSearch"/> gives the per-search part.
/// </summary>
public sealed class TermLookup(IndexReader reader) : IDisposable
{
    // At most this many postings enumerators wait in the pool per segment and field; more are left to the collector.
    private const int MaxPooled = 32;

    private readonly IndexReaderContext _top = reader.Context;
    private readonly ThreadLocal<Dictionary<(int Segment, string Field), Slot>> _kept = new(() => []);
    private readonly ConcurrentDictionary<(int Segment, string Field), Pool> _pool = new();

    /// <summary>The lookup for one search, on the calling thread; disposing it gives its postings enumerators back.</summary>
    public SearchTerms ForSearch() => new(this);

    /// <summary>The states of one term in every segment that has it.</summary>
    internal TermContext States(Term term)
    {
        var context = new TermContext(_top);
        var leaves = _top.Leaves;
        for (var i = 0; i < leaves.Count; i++)
        {
            if (SlotOf(i, term.Field).Terms is { } e && e.SeekExact(term.Bytes)) context.Register(e.GetTermState(), leaves[i].Ord, e.DocFreq, e.TotalTermFreq);
        }
        return context;
    }

    /// <summary>
    /// The postings of a term in one segment, from its state there, in an enumerator from the pool (or a new one); the
    /// caller gives it back with <see cref="Return"/> when its search is done with it.
    /// </summary>
    internal DocsEnum Docs(int segment, Term term, TermState state, IBits? acceptDocs)
    {
        var terms = SlotOf(segment, term.Field).Terms ?? throw new InvalidOperationException($"segment {segment} has no field {term.Field}");
        terms.SeekExact(term.Bytes, state);
        var reuse = _pool.TryGetValue((segment, term.Field), out var pooled) ? pooled.Take() : null;
        return terms.Docs(acceptDocs, reuse);
    }

    /// <summary>Gives a postings enumerator back to the pool of its segment and field.</summary>
    internal void Return(int segment, string field, DocsEnum docs)
    {
        _pool.GetOrAdd((segment, field), _ => new Pool()).Give(docs);
    }

    /// <summary>This thread's kept enumerators of one segment and field (for lookups and the snippets' positions).</summary>
    internal Slot SlotOf(int segment, string field)
    {
        var slots = _kept.Value!;
        if (!slots.TryGetValue((segment, field), out var slot))
        {
            slots[(segment, field)] = slot = new Slot(_top.Leaves[segment].AtomicReader.GetTerms(field)?.GetEnumerator());
        }
        return slot;
    }

    /// <inheritdoc />
    public void Dispose() => _kept.Dispose();

    /// <summary>
    /// The postings enumerators of one segment and field waiting to be reused, at most <see cref="MaxPooled"/>. Counted
    /// apart: <see cref="ConcurrentBag{T}.Count"/> takes every thread's lock, and a search gives back an enumerator per
    /// term, field and segment.
    /// </summary>
    private sealed class Pool
    {
        private readonly ConcurrentBag<DocsEnum> _waiting = [];
        private int _count;

        public DocsEnum? Take()
        {
            if (!_waiting.TryTake(out var docs)) return null;
            Interlocked.Decrement(ref _count);
            return docs;
        }

        public void Give(DocsEnum docs)
        {
            if (Interlocked.Increment(ref _count) > MaxPooled)
            {
                Interlocked.Decrement(ref _count);
                return;
            }
            _waiting.Add(docs);
        }
    }

    /// <summary>What a thread keeps of one segment and field: its term enumerator and positions enumerators.</summary>
    internal sealed class Slot(TermsEnum? terms)
    {
        /// <summary>The field's terms in the segment, or null when the segment has none.</summary>
        public TermsEnum? Terms { get; } = terms;

        /// <summary>Positions enumerators for snippets, one per term of a search (reused by the thread's next search).</summary>
        public List<DocsAndPositionsEnum?> Positions { get; } = [];
    }
}
