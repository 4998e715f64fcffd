using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>The terms of one search with their states in every segment, each looked up once (<see cref="TermLookup"/>). One thread.</summary>
public sealed class SearchTerms
{
    private readonly TermLookup _lookup;
    private readonly Dictionary<(string Field, string Text), TermContext> _states = [];

    internal SearchTerms(TermLookup lookup) => _lookup = lookup;

    /// <summary>
    /// A query for the term whose states in the segments are already known, so that Lucene does not look it up again, and
    /// whose postings are read through the thread's kept enumerators.
    /// </summary>
    public TermQuery Query(string field, string text)
    {
        if (!_states.TryGetValue((field, text), out var states))
        {
            _states[(field, text)] = states = _lookup.States(new Term(field, text));
        }
        return new KeptTermQuery(new Term(field, text), states, _lookup);
    }
}
