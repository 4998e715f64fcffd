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
    /// Returns null when nothing searchable remains.
    /// </summary>
    public static Query? Build(QueryPlan plan, bool graded)
    {
        var content = new BooleanQuery();
        var exclusions = new List<Query>();
        foreach (var unit in plan.Units)
        {
            var clause = UnitQuery(unit);
            if (clause is null) continue;
            if (unit.Excluded) exclusions.Add(clause);
            else content.Add(clause, Occur.SHOULD);
        }
        var count = content.Clauses.Count;
        if (count == 0) return null;
        content.MinimumNumberShouldMatch = graded ? MinimumMatch(count) : 1;
        // Coord stays on: a page without the focus keeps half its score, so being about the whole question counts.
        var root = new BooleanQuery { { content, Occur.MUST } };
        if (count is >= 2 and <= MaxFocusUnits && Focus(plan) is { } focus) root.Add(focus, Occur.SHOULD);
        foreach (var excluded in exclusions) root.Add(excluded, Occur.MUST_NOT);
        return root;
    }

    /// <summary>How many of <paramref name="units"/> a page must match: all of one or two, half of more (rounded up).</summary>
    public static int MinimumMatch(int units) => units <= 2 ? units : (units + 1) / 2;

    // A page whose title and summary together name every unit is about the whole question, not one of its words:
    // "bedrijventerrein rotterdam" prefers "Bedrijventerrein Spaanse Polder (Rotterdam)" over the theme page.
    private static Query? Focus(QueryPlan plan)
    {
        var all = new BooleanQuery { Boost = FocusWeight };
        foreach (var unit in plan.Positive)
        {
            if (UnitQuery(unit, FocusFields) is not { } q) return null;
            all.Add(q, Occur.MUST);
        }
        return all;
    }

    private static Query? UnitQuery(QueryUnit unit, IReadOnlyList<(string Field, float Boost)>? fields = null)
    {
        fields ??= IndexFields.Weighted;
        if (unit.Alternatives.Count == 1) return TextQuery(unit.Alternatives[0], fields);
        var any = new DisjunctionMaxQuery(0f);
        foreach (var alternative in unit.Alternatives)
        {
            if (TextQuery(alternative, fields) is { } q) any.Add(q);
        }
        return any.Disjuncts.Count == 0 ? null : any;
    }

    // The analysis is the same for every text field, so the terms computed once serve all of them.
    private static Query? TextQuery(QueryAlternative alternative, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var tokens = alternative.Terms;
        if (tokens.Count == 0) return null;
        var positions = tokens.GroupBy(t => t.Position).ToList();
        var perField = new DisjunctionMaxQuery(0.1f) { Boost = alternative.Weight };
        foreach (var (field, boost) in fields)
        {
            Query q;
            if (positions.Count == 1)
            {
                q = Compound(field, positions[0].Select(t => t.Term).ToList());
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
    private static Query Compound(string field, IReadOnlyList<string> terms)
    {
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0]));
        var parts = new BooleanQuery { Boost = CompoundPartsWeight };
        foreach (var part in terms.Skip(1).Distinct()) parts.Add(new TermQuery(new Term(field, part)), Occur.MUST);
        return new BooleanQuery
        {
            { new TermQuery(new Term(field, terms[0])), Occur.SHOULD },
            { parts, Occur.SHOULD },
        };
    }
}
