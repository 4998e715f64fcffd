using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>
/// Turns a <see cref="QueryPlan"/> into a Lucene query over the weighted text fields that ranks by coverage: every
/// unit is optional, a page matching more of them scores higher (Lucene's coord factor, on top of each term's rarity),
/// and a graded minimum of units must match so that long questions do not drown in pages matching one word.
/// </summary>
public static class QueryBuilder
{
    private const float CompoundPartsWeight = 1f;
    private const float FocusWeight = 1f;
    private const int MaxFocusUnits = 8;
    private static readonly IReadOnlyList<(string Field, float Boost)> FocusFields = [(IndexFields.Title, 1f), (IndexFields.Summary, 1f)];

    /// <summary>
    /// Builds the query. With <paramref name="graded"/> a page must match at least <see cref="MinimumMatch"/> of the
    /// units; otherwise any one unit will do (the fallback when the graded query finds nothing).
    /// Returns null when nothing searchable remains. With <paramref name="terms"/>, every term query carries its states in
    /// the index segments, looked up once per search.
    /// </summary>
    public static Query? Build(QueryPlan plan, bool graded, SearchTerms? terms = null)
    {
        var content = new BooleanQuery();
        var exclusions = new List<Query>();
        foreach (var unit in plan.Units)
        {
            var clause = UnitQuery(unit, terms);
            if (clause is null) continue;
            if (unit.Excluded) exclusions.Add(clause);
            else content.Add(clause, Occur.SHOULD);
        }
        var count = content.Clauses.Count;
        if (count == 0) return null;
        content.MinimumNumberShouldMatch = graded ? MinimumMatch(count) : 1;
        // Coord stays on: a page without the focus keeps half its score, so being about the whole question counts.
        // One unit is required as it is: "at least one of one" scores the same (a coord of 1 of 1, the same weight), and
        // Lucene would otherwise score every page through one more boolean level per segment.
        var root = new BooleanQuery { { count == 1 ? content.Clauses[0].Query : content, Occur.MUST } };
        if (count is >= 2 and <= MaxFocusUnits && Focus(plan, terms) is { } focus) root.Add(focus, Occur.SHOULD);
        foreach (var excluded in exclusions) root.Add(excluded, Occur.MUST_NOT);
        return root;
    }

    /// <summary>How many of <paramref name="units"/> a page must match: all of one or two, half of more (rounded up).</summary>
    public static int MinimumMatch(int units) => units <= 2 ? units : (units + 1) / 2;

    /// <summary>
    /// Whether the any-word query of <paramref name="plan"/> (<see cref="Build"/> without grading) asks less than its
    /// graded one. With one unit to match the two are the same query, so a graded query that found nothing needs no fallback.
    /// </summary>
    public static bool FallbackWidens(QueryPlan plan) => MinimumMatch(plan.Positive.Count(u => u.Alternatives.Any(a => a.Terms.Count > 0))) > 1;

    // A page whose title and summary together name every unit is about the whole question, not one of its words:
    // "bedrijventerrein rotterdam" prefers "Bedrijventerrein Spaanse Polder (Rotterdam)" over the theme page.
    private static Query? Focus(QueryPlan plan, SearchTerms? terms)
    {
        var all = new BooleanQuery { Boost = FocusWeight };
        foreach (var unit in plan.Positive)
        {
            if (UnitQuery(unit, terms, FocusFields) is not { } q) return null;
            all.Add(q, Occur.MUST);
        }
        return all;
    }

    private static Query? UnitQuery(QueryUnit unit, SearchTerms? terms, IReadOnlyList<(string Field, float Boost)>? fields = null)
    {
        fields ??= IndexFields.Weighted;
        var alternatives = Counting(unit.Alternatives);
        if (alternatives.Count == 1) return TextQuery(alternatives[0], terms, fields);
        var any = new DisjunctionMaxQuery(0f);
        foreach (var alternative in alternatives)
        {
            if (TextQuery(alternative, terms, fields) is { } q) any.Add(q);
        }
        return any.Disjuncts.Count == 0 ? null : any;
    }

    // A unit scores as its best alternative (no tie-breaker), and an alternative's score grows with its weight: of
    // alternatives with the same terms (two corrections with one stem, a synonym written as typed) only the first of
    // the highest weight can count. The others would be scored for nothing, and leaving them out changes no score.
    private static List<QueryAlternative> Counting(IReadOnlyList<QueryAlternative> alternatives)
    {
        var counting = new List<QueryAlternative>(alternatives.Count);
        for (var i = 0; i < alternatives.Count; i++)
        {
            var outranked = false;
            for (var j = 0; j < alternatives.Count && !outranked; j++)
            {
                outranked = j != i && alternatives[j].Terms.SequenceEqual(alternatives[i].Terms) &&
                            (alternatives[j].Weight > alternatives[i].Weight || (alternatives[j].Weight == alternatives[i].Weight && j < i));
            }
            if (!outranked) counting.Add(alternatives[i]);
        }
        return counting;
    }

    // The analysis is the same for every text field, so the terms computed once serve all of them.
    private static Query? TextQuery(QueryAlternative alternative, SearchTerms? terms, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var tokens = alternative.Terms;
        if (tokens.Count == 0) return null;
        var positions = tokens.GroupBy(t => t.Position).ToList();
        var perField = new FieldsQuery(0.1f) { Boost = alternative.Weight };
        foreach (var (field, boost) in fields)
        {
            Query q;
            if (positions.Count == 1)
            {
                q = Compound(field, positions[0].Select(t => t.Term).ToList(), terms);
            }
            else
            {
                // Several words, or one word that analysis splits (e-mail, 13b-bevoegdheid): keep the order.
                var phrase = new PhraseQuery();
                foreach (var group in positions) phrase.Add(new Term(field, group.First().Term), group.Key);
                q = phrase;
            }
            // A phrase weighs the sum of its words' rarity; one unit is one thing asked for, so "den haag" should not
            // outweigh "rijnhaven" for having two words.
            q.Boost = boost / positions.Count;
            perField.Add(q);
        }
        return perField;
    }

    // A compound comes with its parts at the same position: match the compound itself, or all of its parts.
    private static Query Compound(string field, IReadOnlyList<string> words, SearchTerms? terms)
    {
        if (words.Count == 1) return TermOf(field, words[0], terms);
        var parts = new BooleanQuery { Boost = CompoundPartsWeight };
        foreach (var part in words.Skip(1).Distinct()) parts.Add(TermOf(field, part, terms), Occur.MUST);
        return new BooleanQuery
        {
            { TermOf(field, words[0], terms), Occur.SHOULD },
            { parts, Occur.SHOULD },
        };
    }

    private static TermQuery TermOf(string field, string text, SearchTerms? terms) =>
        terms?.Query(field, text) ?? new TermQuery(new Term(field, text));
}
