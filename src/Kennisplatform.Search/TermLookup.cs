using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// Looks a search's terms up in every index segment once: a query names the same term in several clauses (the graded
/// query and its fallback, the focus clause, the check of intent targets), and Lucene would look each clause's term up
/// in every segment with a new term enumerator. Here each segment and field has one enumerator per thread, kept across
/// searches (the index never changes under it), and each term's states are worked out once per search. The postings
/// enumerators that score a search's terms are kept the same way and handed out again to the next search on the thread
/// (<see cref="KeptTermQuery"/>): Lucene makes a new term enumerator and a new postings enumerator, each with its
/// buffers and a cloned file input, for every term, field and segment of every search. Thread-safe: one per opened
/// index; <see cref="ForSearch"/> gives the per-search part.
/// </summary>
public sealed class TermLookup(IndexReader reader) : IDisposable
{
    // Beyond this many postings enumerators per segment and field in one search (a query of very many terms), the rest
    // are made new and not kept, so what a thread keeps stays small.
    private const int MaxKeptPostings = 64;

    private readonly IndexReaderContext _top = reader.Context;
    private readonly ThreadLocal<Kept> _kept = new(() => new Kept());

    /// <summary>
    /// The lookup for one search, on the calling thread. The postings enumerators it hands out are reused by the next
    /// search on this thread, so a search must be done (its scorers no longer used) before the thread starts another.
    /// </summary>
    public SearchTerms ForSearch()
    {
        var kept = _kept.Value!;
        foreach (var slot in kept.Slots.Values) slot.Used = 0;
        return new(this);
    }

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
    /// The postings of a term in one segment, from its state there, in an enumerator kept on this thread (reused
    /// by the next search, never by another scorer of this one).
    /// </summary>
    internal DocsEnum Docs(int segment, Term term, TermState state, IBits? acceptDocs)
    {
        var slot = SlotOf(segment, term.Field);
        var terms = slot.Terms ?? throw new InvalidOperationException($"segment {segment} has no field {term.Field}");
        terms.SeekExact(term.Bytes, state);
        if (slot.Used < slot.Docs.Count)
        {
            var reused = terms.Docs(acceptDocs, slot.Docs[slot.Used]);
            slot.Docs[slot.Used++] = reused;
            return reused;
        }
        var docs = terms.Docs(acceptDocs, null);
        if (slot.Docs.Count < MaxKeptPostings)
        {
            slot.Docs.Add(docs);
            slot.Used++;
        }
        return docs;
    }

    /// <summary>This thread's kept enumerators of one segment and field (for the snippets' positions and offsets).</summary>
    internal Slot SlotOf(int segment, string field)
    {
        var slots = _kept.Value!.Slots;
        if (!slots.TryGetValue((segment, field), out var slot))
        {
            slots[(segment, field)] = slot = new Slot(_top.Leaves[segment].AtomicReader.GetTerms(field)?.GetEnumerator());
        }
        return slot;
    }

    /// <inheritdoc />
    public void Dispose() => _kept.Dispose();

    private sealed class Kept
    {
        public Dictionary<(int Segment, string Field), Slot> Slots { get; } = [];
    }

    /// <summary>What a thread keeps of one segment and field: its term enumerator and postings enumerators.</summary>
    internal sealed class Slot(TermsEnum? terms)
    {
        /// <summary>The field's terms in the segment, or null when the segment has none.</summary>
        public TermsEnum? Terms { get; } = terms;

        /// <summary>Postings enumerators for scoring; the first <see cref="Used"/> are taken by the current search.</summary>
        public List<DocsEnum> Docs { get; } = [];

        /// <summary>How many of <see cref="Docs"/> the current search has taken.</summary>
        public int Used { get; set; }

        /// <summary>A positions enumerator for snippets, which use one at a time.</summary>
        public DocsAndPositionsEnum? Positions { get; set; }
    }
}
