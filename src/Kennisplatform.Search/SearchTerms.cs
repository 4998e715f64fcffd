using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// The terms of one search with their states in every segment, each looked up once (<see cref="TermLookup"/>), and the
/// postings enumerators its scorers took from the shared pool, given back on <see cref="Dispose"/> (when the search is
/// done with its scorers). One thread.
/// </summary>
public sealed class SearchTerms : IDisposable
{
    private readonly TermLookup _lookup;
    private readonly Dictionary<(string Field, string Text), TermContext> _states = [];
    private readonly List<(int Segment, string Field, DocsEnum Docs)> _taken = [];

    internal SearchTerms(TermLookup lookup) => _lookup = lookup;

    /// <summary>
    /// A query for the term whose states in the segments are already known, so that Lucene does not look it up again, and
    /// whose postings are read through pooled enumerators.
    /// </summary>
    public TermQuery Query(string field, string text)
    {
        if (!_states.TryGetValue((field, text), out var states))
        {
            _states[(field, text)] = states = _lookup.States(new Term(field, text));
        }
        return new KeptTermQuery(new Term(field, text), states, this);
    }

    /// <summary>The postings of a term in one segment, in an enumerator this search holds until it is disposed.</summary>
    internal DocsEnum Docs(int segment, Term term, TermState state, IBits? acceptDocs)
    {
        var docs = _lookup.Docs(segment, term, state, acceptDocs);
        _taken.Add((segment, term.Field, docs));
        return docs;
    }

    /// <summary>Gives the postings enumerators back: call it when no scorer of this search is used any more.</summary>
    public void Dispose()
    {
        foreach (var (segment, field, docs) in _taken) _lookup.Return(segment, field, docs);
        _taken.Clear();
    }
}
