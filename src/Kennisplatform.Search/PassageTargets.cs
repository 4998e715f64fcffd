using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// What one search marks in a page's body, worked out once from its plan: every term of an alternative of one word
/// (a compound and each of its parts, since each matches), and every alternative of several words as a phrase, marked
/// only where its words stand in order. Where they occur in a page comes from the body's postings, which keep the
/// offsets of every term: each term is looked up once per index segment, then each page is one skip in its postings.
/// Not thread-safe: one per search.
/// </summary>
public sealed class PassageTargets
{
    /// <summary>A place in the text to mark: the characters from <c>Start</c> to <c>End</c>, matching the units in the bits of <c>Units</c>.</summary>
    public readonly record struct Match(int Start, int End, uint Units);

    private readonly record struct Occurrence(int Term, int Position, int Start, int End);

    private sealed record Phrase(uint Unit, int[] Terms, int[] Positions);

    // A segment's body terms for one search, with a positions enumerator per term. Pages asked for in increasing order
    // (a page of hits sorted by document) move each term's enumerator forward only: each term's postings are set up
    // once per search instead of once per hit, and blocks already read are not read again.
    private sealed class Segment(TermsEnum terms, TermState?[] states, IBits? live, TermLookup.Slot? kept)
    {
        private readonly DocsAndPositionsEnum?[] _postings = new DocsAndPositionsEnum?[states.Length];
        private readonly int[] _asked = new int[states.Length];

        public TermState?[] States { get; } = states;

        /// <summary>
        /// The postings of term <paramref name="i"/> positioned on <paramref name="doc"/> (its positions not yet read),
        /// or null when the page does not have the term; false when the index keeps no positions.
        /// </summary>
        public bool TryPosition(int i, BytesRef term, int doc, out DocsAndPositionsEnum? found)
        {
            found = null;
            var postings = _postings[i];
            if (postings is null || doc <= _asked[i])
            {
                terms.SeekExact(term, States[i]!);
                var reuse = kept is null ? postings : kept.Positions.Count > i ? kept.Positions[i] : null;
                postings = terms.DocsAndPositions(live, reuse, DocsAndPositionsFlags.OFFSETS);
                if (postings is null) return false;
                _postings[i] = postings;
                if (kept is not null)
                {
                    while (kept.Positions.Count <= i) kept.Positions.Add(null);
                    kept.Positions[i] = postings;
                }
            }
            _asked[i] = doc;
            // Ahead of doc already (an earlier advance went past it): the term is not on this page.
            if (postings.DocID < doc && postings.Advance(doc) != doc) return true;
            if (postings.DocID == doc) found = postings;
            return true;
        }
    }

    private readonly BytesRef[] _terms;
    // Per term: the units (as bits) in which it matches on its own.
    private readonly uint[] _alone;
    private readonly Phrase[] _phrases;
    private readonly Dictionary<int, Segment?> _segments = [];
    private readonly List<Occurrence> _occurrences = [];

    private readonly TermLookup? _lookup;

    private PassageTargets(BytesRef[] terms, uint[] alone, Phrase[] phrases, TermLookup? lookup) =>
        (_terms, _alone, _phrases, _lookup) = (terms, alone, phrases, lookup);

    /// <summary>True when the search has nothing to mark (it only excludes, or browses).</summary>
    public bool IsEmpty => _terms.Length == 0;

    /// <summary>
    /// The targets of a plan's units that may match (exclusions are never marked). With <paramref name="lookup"/>, the
    /// body's terms and postings are read through the enumerators the calling thread keeps for its searches.
    /// </summary>
    public static PassageTargets From(QueryPlan plan, TermLookup? lookup = null)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var alone = new List<uint>();
        var phrases = new List<Phrase>();
        int Id(string term)
        {
            if (!ids.TryGetValue(term, out var id))
            {
                ids[term] = id = ids.Count;
                alone.Add(0);
            }
            return id;
        }
        // Units are at most QueryPlanner.MaxUnits (32), so each has a bit.
        var unit = 0;
        foreach (var positive in plan.Positive)
        {
            var bit = 1u << Math.Min(unit++, 31);
            foreach (var alternative in positive.Alternatives)
            {
                // As the query reads them (QueryBuilder): one position is a word or a compound with its parts; several
                // are a phrase of the first term at each position.
                var positions = alternative.Terms.GroupBy(t => t.Position).ToList();
                if (positions.Count == 1)
                {
                    foreach (var (term, _) in alternative.Terms) alone[Id(term)] |= bit;
                }
                else if (positions.Count > 1)
                {
                    phrases.Add(new Phrase(bit, positions.Select(p => Id(p.First().Term)).ToArray(),
                        positions.Select(p => p.Key - positions[0].Key).ToArray()));
                }
            }
        }
        var terms = new BytesRef[ids.Count];
        foreach (var (term, id) in ids) terms[id] = new BytesRef(term);
        return new PassageTargets(terms, [.. alone], [.. phrases], lookup);
    }

    /// <summary>
    /// The places to mark in page <paramref name="doc"/> of the segment <paramref name="segment"/> (number
    /// <paramref name="ordinal"/> among the index's segments), in text order; overlapping matches (a phrase and its own
    /// words, a compound and its parts) are one.
    /// </summary>
    public List<Match> Matches(int ordinal, AtomicReader segment, int doc)
    {
        var matches = new List<Match>();
        if (IsEmpty) return matches;
        if (!_segments.TryGetValue(ordinal, out var terms)) _segments[ordinal] = terms = Open(ordinal, segment);
        if (terms is null) return matches;

        _occurrences.Clear();
        for (var i = 0; i < _terms.Length; i++)
        {
            if (terms.States[i] is null) continue;
            if (!terms.TryPosition(i, _terms[i], doc, out var postings)) return matches; // an index without positions: nothing to mark
            if (postings is null) continue;
            for (var k = postings.Freq; k > 0; k--)
            {
                var position = postings.NextPosition();
                if (postings.StartOffset < 0) return matches; // an index without offsets
                _occurrences.Add(new Occurrence(i, position, postings.StartOffset, postings.EndOffset));
            }
        }

        foreach (var o in _occurrences)
        {
            if (_alone[o.Term] != 0) matches.Add(new Match(o.Start, o.End, _alone[o.Term]));
        }
        if (_phrases.Length > 0) AddPhrases(matches);
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return Merged(matches);
    }

    private void AddPhrases(List<Match> matches)
    {
        var ends = new Dictionary<(int Term, int Position), int>();
        foreach (var o in _occurrences) ends.TryAdd((o.Term, o.Position), o.End);
        foreach (var phrase in _phrases)
        {
            foreach (var first in _occurrences)
            {
                if (first.Term != phrase.Terms[0]) continue;
                var end = first.End;
                var complete = true;
                for (var k = 1; k < phrase.Terms.Length && complete; k++)
                {
                    complete = ends.TryGetValue((phrase.Terms[k], first.Position + phrase.Positions[k]), out end);
                }
                if (complete) matches.Add(new Match(first.Start, end, phrase.Unit));
            }
        }
    }

    private static List<Match> Merged(List<Match> sorted)
    {
        var merged = new List<Match>(sorted.Count);
        foreach (var m in sorted)
        {
            if (merged.Count > 0 && m.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new Match(last.Start, Math.Max(last.End, m.End), last.Units | m.Units);
            }
            else
            {
                merged.Add(m);
            }
        }
        return merged;
    }

    private Segment? Open(int ordinal, AtomicReader segment)
    {
        var kept = _lookup?.SlotOf(ordinal, IndexFields.Body);
        if ((kept is null ? segment.GetTerms(IndexFields.Body)?.GetEnumerator() : kept.Terms) is not { } e) return null;
        var states = new TermState?[_terms.Length];
        for (var i = 0; i < _terms.Length; i++) states[i] = e.SeekExact(_terms[i]) ? e.GetTermState() : null;
        return new Segment(e, states, segment.LiveDocs, kept);
    }
}
