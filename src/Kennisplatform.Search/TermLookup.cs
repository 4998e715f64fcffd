using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// Looks a search's terms up in every index segment once: a query names the same term in several clauses (the graded
/// query and its fallback, the focus clause, the check of intent targets), and Lucene would look each clause's term up
/// in every segment with a new term enumerator. Here each segment and field has one enumerator per thread, kept across
/// searches (the index never changes under it), and each term's states are worked out once per search. Thread-safe:
/// one per opened index; <see cref="ForSearch"/> gives the per-search part.
/// </summary>
public sealed class TermLookup(IndexReader reader) : IDisposable
{
    private readonly IndexReaderContext _top = reader.Context;
    private readonly ThreadLocal<Dictionary<(int Segment, string Field), TermsEnum?>> _enums = new(() => []);

    /// <summary>The lookup for one search, on the calling thread.</summary>
    public SearchTerms ForSearch() => new(this);

    /// <summary>The states of one term in every segment that has it.</summary>
    internal TermContext States(Term term)
    {
        var context = new TermContext(_top);
        var leaves = _top.Leaves;
        for (var i = 0; i < leaves.Count; i++)
        {
            if (Enum(i, term.Field) is { } e && e.SeekExact(term.Bytes)) context.Register(e.GetTermState(), leaves[i].Ord, e.DocFreq, e.TotalTermFreq);
        }
        return context;
    }

    private TermsEnum? Enum(int segment, string field)
    {
        var enums = _enums.Value!;
        if (!enums.TryGetValue((segment, field), out var e))
        {
            enums[(segment, field)] = e = _top.Leaves[segment].AtomicReader.GetTerms(field)?.GetEnumerator();
        }
        return e;
    }

    /// <inheritdoc />
    public void Dispose() => _enums.Dispose();
}
