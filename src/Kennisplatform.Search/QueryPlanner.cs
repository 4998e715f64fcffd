using Lucene.Net.Analysis;

namespace Kennisplatform.Search;

/// <summary>
/// Works out a <see cref="QueryPlan"/> from what was typed: question and filler words drop out, a run of words that
/// is a glossary term becomes one unit with its synonyms, two words that form a compound in the index are joined,
/// and every unknown word gets its spelling corrections (at most <see cref="MaxCorrections"/> words per query are
/// looked up, found or not, and none longer than <see cref="MaxCorrectedLength"/> letters).
/// </summary>
public sealed class QueryPlanner(Analyzer analyzer, SynonymTable synonyms, SpellingCorrector? speller = null)
{
    /// <summary>
    /// The most words of one query that are looked up for a spelling correction, whether one is found or not: each
    /// lookup scans part of the vocabulary, so a query of many unknown words must not pay for all of them.
    /// Later unknown words are searched as typed.
    /// </summary>
    public const int MaxCorrections = 8;

    /// <summary>Longer words are not looked up for corrections (no word of the index is that long; the lookup costs with length).</summary>
    public const int MaxCorrectedLength = 40;

    /// <summary>The most units a query is cut into; a longer query searches its first units.</summary>
    public const int MaxUnits = 32;

    private const float SynonymWeight = 0.5f;
    private const float CorrectionWeight = 0.6f;

    private readonly CompoundJoiner? _joiner = speller is null ? null : new CompoundJoiner(speller.IsKnown);

    /// <summary>Plans a query; never throws for odd input.</summary>
    public QueryPlan Plan(UserQuery query)
    {
        var elements = query.Elements;
        var units = new List<QueryUnit>();
        var suggested = elements.Select(e => e.Text).ToArray();
        var corrected = false;
        var lookups = 0;
        var hasContent = elements.Any(e => !e.Excluded && !e.IsPhrase && !FillerWords.Contains(e.Text) && !IsStopWord(e.Text)) ||
                         elements.Any(e => e.IsPhrase && !e.Excluded);
        for (var i = 0; i < elements.Count && units.Count < MaxUnits;)
        {
            var element = elements[i];
            if (element.Excluded || element.IsPhrase)
            {
                Add(units, WithSynonyms(element.Text), element.Excluded);
                i++;
                continue;
            }
            if (hasContent && FillerWords.Contains(element.Text))
            {
                i++;
                continue;
            }
            // The longest run of plain words that is a glossary term ("outlaw motorcycle gang") counts as one unit.
            var length = LongestSynonymRun(elements, i);
            if (length > 1)
            {
                Add(units, WithSynonyms(string.Join(' ', elements.Skip(i).Take(length).Select(e => e.Text))), false);
                i += length;
                continue;
            }
            // Two words that the index knows as one compound: search the compound, or the two words side by side.
            if (i + 1 < elements.Count && Joinable(elements[i + 1]) && _joiner?.Join(element.Text, elements[i + 1].Text) is { } joined)
            {
                var pair = element.Text + " " + elements[i + 1].Text;
                Add(units, [.. WithSynonyms(joined), (pair, 1f)], false);
                i += 2;
                continue;
            }
            if (length == 1)
            {
                Add(units, WithSynonyms(element.Text), false);
                i++;
                continue;
            }
            var alternatives = new List<(string, float)> { (element.Text, 1f) };
            if (speller is not null && lookups < MaxCorrections && element.Text.Length <= MaxCorrectedLength &&
                !speller.IsKnown(element.Text) && !IsCompound(element.Text))
            {
                lookups++;
                var found = speller.Corrections(element.Text, 2);
                if (found.Count > 0)
                {
                    suggested[i] = found[0];
                    corrected = true;
                    alternatives.AddRange(found.SelectMany(WithSynonyms).Select(a => (a.Text, a.Weight * CorrectionWeight)));
                }
            }
            Add(units, alternatives, false);
            i++;
        }
        return new QueryPlan(units, Highlight(units), corrected ? Suggest(elements, suggested) : null);
    }

    private static bool Joinable(QueryElement e) => !e.Excluded && !e.IsPhrase && !FillerWords.Contains(e.Text);

    private static bool IsStopWord(string word) => DutchTextAnalyzer.IsStopWord(DutchTextAnalyzer.Fold(word.ToLowerInvariant()));

    private void Add(List<QueryUnit> units, IEnumerable<(string Text, float Weight)> alternatives, bool excluded)
    {
        var analysed = alternatives
            .Select(a => new QueryAlternative(a.Text, a.Weight, AnalyzedTerms.WithPositions(analyzer, IndexFields.Body, a.Text)))
            .Where(a => a.Terms.Count > 0)
            .ToList();
        // The first alternative is what was typed; when analysis leaves nothing of it (only stop words), drop the unit.
        if (analysed.Count > 0 && analysed[0].Text == alternatives.First().Text) units.Add(new QueryUnit(analysed, excluded));
    }

    // The terms to highlight: everything typed, and alternatives of one word. The words of a multi-word synonym only
    // match together, so marking them one by one ("wet", "ter") would mark text that did not match.
    private static IReadOnlySet<string> Highlight(IEnumerable<QueryUnit> units) =>
        units.Where(u => !u.Excluded)
            .SelectMany(u => u.Alternatives.Where((a, i) => i == 0 || a.Terms.Count == 1 || a.Terms.All(t => t.Position == a.Terms[0].Position)))
            .SelectMany(a => a.Terms.Select(t => t.Term))
            .ToHashSet();

    private static string Suggest(IReadOnlyList<QueryElement> elements, string[] words) =>
        string.Join(' ', elements.Select((e, i) =>
        {
            var quoted = e.IsPhrase ? $"\"{words[i]}\"" : words[i];
            return e.Excluded ? "-" + quoted : quoted;
        }));

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

    private List<(string Text, float Weight)> WithSynonyms(string text)
    {
        var alternatives = new List<(string, float)> { (text, 1f) };
        var normalized = SynonymTable.Normalize(text);
        foreach (var synonym in synonyms.Lookup(text) ?? [])
        {
            if (synonym != normalized) alternatives.Add((synonym, SynonymWeight));
        }
        return alternatives;
    }
}
