using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>
/// Turns a <see cref="UserQuery"/> into a Lucene query over the weighted text fields. Each unit of the query (a word,
/// a quoted phrase, or a run of words that is a glossary term) may match in any of its alternatives: what was typed,
/// its synonyms, and for an unknown word its spelling corrections.
/// </summary>
public sealed class QueryBuilder(Analyzer analyzer, SynonymTable synonyms, SpellingCorrector? speller = null)
{
    private const float SynonymWeight = 0.9f;
    private const float CorrectionWeight = 0.6f;
    private const float CompoundPartsWeight = 1f;

    /// <summary>One thing the query asks for, with its alternative wordings.</summary>
    private sealed record Unit(IReadOnlyList<(string Text, float Weight)> Alternatives, bool Excluded);

    /// <summary>
    /// Builds the query; with <paramref name="requireAll"/> every unit must match (AND), otherwise any may (OR).
    /// Returns null when nothing searchable remains (only stop words, punctuation or emoji).
    /// </summary>
    public Query? Build(UserQuery query, bool requireAll)
    {
        var root = new BooleanQuery();
        var positives = 0;
        foreach (var unit in Units(query))
        {
            var clause = UnitQuery(unit);
            if (clause is null) continue;
            if (unit.Excluded)
            {
                root.Add(clause, Occur.MUST_NOT);
            }
            else
            {
                root.Add(clause, requireAll ? Occur.MUST : Occur.SHOULD);
                positives++;
            }
        }
        return positives == 0 ? null : root;
    }

    /// <summary>
    /// The terms to highlight: everything typed, and alternatives of one word. The words of a multi-word synonym only
    /// match together, so marking them one by one ("wet", "ter") would mark text that did not match.
    /// </summary>
    public IReadOnlySet<string> HighlightTerms(UserQuery query) =>
        Units(query).Where(u => !u.Excluded)
            .SelectMany(u => u.Alternatives.Select((a, i) => (a.Text, Typed: i == 0)))
            .Select(a => (a.Typed, Terms: AnalyzedTerms.Of(analyzer, IndexFields.Body, a.Text)))
            .Where(a => a.Typed || a.Terms.Count == 1)
            .SelectMany(a => a.Terms)
            .ToHashSet();

    /// <summary>The query with each unknown word replaced by its best correction, or null when nothing changes.</summary>
    public string? Suggestion(UserQuery query)
    {
        if (speller is null) return null;
        var changed = false;
        var words = query.Elements.Select(e =>
        {
            var text = e.Text;
            if (!e.IsPhrase && !IsCompound(text) && speller.Corrections(text, 1) is [var best])
            {
                text = best;
                changed = true;
            }
            var quoted = e.IsPhrase ? $"\"{text}\"" : text;
            return e.Excluded ? "-" + quoted : quoted;
        }).ToList();
        return changed ? string.Join(' ', words) : null;
    }

    private List<Unit> Units(UserQuery query)
    {
        var units = new List<Unit>();
        var elements = query.Elements;
        for (var i = 0; i < elements.Count;)
        {
            var element = elements[i];
            if (element.Excluded || element.IsPhrase)
            {
                units.Add(new Unit(WithSynonyms(element.Text), element.Excluded));
                i++;
                continue;
            }
            // The longest run of plain words that is a glossary term ("outlaw motorcycle gang") counts as one unit.
            var length = LongestSynonymRun(elements, i);
            if (length > 0)
            {
                var text = string.Join(' ', elements.Skip(i).Take(length).Select(e => e.Text));
                units.Add(new Unit(WithSynonyms(text), false));
                i += length;
                continue;
            }
            var alternatives = new List<(string, float)> { (element.Text, 1f) };
            if (speller is not null && !IsCompound(element.Text))
            {
                alternatives.AddRange(speller.Corrections(element.Text, 2).SelectMany(c => WithSynonyms(c))
                    .Select(a => (a.Text, a.Weight * CorrectionWeight)));
            }
            units.Add(new Unit(alternatives, false));
            i++;
        }
        return units;
    }

    // A compound of known words (vastgoedcriminaliteit) is no typo: its parts are searched, not corrections.
    private bool IsCompound(string word) =>
        AnalyzedTerms.WithPositions(analyzer, IndexFields.Body, word) is { Count: > 1 } terms && terms.All(t => t.Position == terms[0].Position);

    private int LongestSynonymRun(IReadOnlyList<QueryElement> elements, int start)
    {
        for (var length = Math.Min(SynonymTable.MaxPhraseWords, elements.Count - start); length >= 1; length--)
        {
            var run = elements.Skip(start).Take(length).ToList();
            if (run.Any(e => e.Excluded || e.IsPhrase)) continue;
            if (synonyms.Lookup(string.Join(' ', run.Select(e => e.Text))) is not null) return length;
        }
        return 0;
    }

    private IReadOnlyList<(string Text, float Weight)> WithSynonyms(string text)
    {
        var alternatives = new List<(string, float)> { (text, 1f) };
        var normalized = SynonymTable.Normalize(text);
        foreach (var synonym in synonyms.Lookup(text) ?? [])
        {
            if (synonym != normalized) alternatives.Add((synonym, SynonymWeight));
        }
        return alternatives;
    }

    private Query? UnitQuery(Unit unit)
    {
        var any = new DisjunctionMaxQuery(0f);
        foreach (var (text, weight) in unit.Alternatives)
        {
            if (TextQuery(text) is not { } q) continue;
            q.Boost *= weight;
            any.Add(q);
        }
        return any.Disjuncts.Count == 0 ? null : any;
    }

    private Query? TextQuery(string text)
    {
        var perField = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in IndexFields.Weighted)
        {
            var tokens = AnalyzedTerms.WithPositions(analyzer, field, text);
            if (tokens.Count == 0) return null;
            var positions = tokens.GroupBy(t => t.Position).ToList();
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
            q.Boost = boost;
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
