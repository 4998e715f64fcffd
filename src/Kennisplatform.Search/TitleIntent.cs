using System.Text.RegularExpressions;
using Lucene.Net.Index;

namespace Kennisplatform.Search;

/// <summary>
/// Definitional and navigational intent: "wat is/doet X" brings the glossary entry of X (or else the theme page of
/// X) first; a bare glossary term brings the theme page named after it first and its glossary entry next; a query
/// that is a document's title (or a clear part of it: before a colon, inside quotes) brings that document first.
/// Built once per opened index from the stored titles.
/// </summary>
public sealed partial class TitleIntent
{
    private const string GlossaryType = "begrip";
    private const string ThemeType = "thema";
    private const string RegionType = "regio";
    private const int RegionPageRank = 3;
    private const int MinPrefixWords = 3;

    private readonly Dictionary<string, List<int>> _glossary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _titles = new(StringComparer.Ordinal);
    // Every non-glossary title, sorted (ordinal), so the titles that start with a query are one binary search away.
    private readonly (string Title, int Doc)[] _fullTitles;
    private readonly List<(string Name, int Doc)> _regions = [];
    private readonly SynonymTable _synonyms;

    /// <summary>Reads the title and type of every document of the reader.</summary>
    public TitleIntent(IndexReader reader, SynonymTable synonyms)
    {
        _synonyms = synonyms;
        var fields = new HashSet<string> { IndexFields.Title, IndexFields.Type };
        var live = MultiFields.GetLiveDocs(reader);
        var fullTitles = new List<(string Title, int Doc)>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var stored = reader.Document(doc, fields);
            var title = stored.Get(IndexFields.Title) ?? "";
            var type = stored.Get(IndexFields.Type) ?? "";
            var key = Normalize(title);
            if (key.Length == 0) continue;
            if (type == GlossaryType)
            {
                AddTo(_glossary, key, doc);
                continue;
            }
            fullTitles.Add((key, doc));
            if (type == RegionType) _regions.Add((key.StartsWith("riec ", StringComparison.Ordinal) ? key[5..] : key, doc));
            foreach (var part in Parts(title)) AddTo(_titles, part, doc);
            if (type == ThemeType)
            {
                // A theme is named by the start of its title: "Damocles: sluiting …", "Witwassen, criminele …".
                var head = Normalize(TitleBreak().Split(title)[0]);
                AddTo(_themes, head, doc);
                var beforeAnd = head.Split(" en ")[0];
                if (beforeAnd.Length >= 4) AddTo(_themes, beforeAnd, doc);
            }
        }
        _fullTitles = [.. fullTitles.OrderBy(t => t.Title, StringComparer.Ordinal).ThenBy(t => t.Doc)];
    }

    /// <summary>The documents to show first for this query, best first; empty when the query shows no such intent.</summary>
    public IReadOnlyList<int> Targets(UserQuery query)
    {
        if (query.Elements.Count == 0 || query.Elements.Any(e => e.Excluded) || query.Elements.Count > 12) return [];
        var text = Normalize(string.Join(' ', query.Elements.Select(e => e.Text)));
        var targets = new List<int>();
        if (Definitional().Match(text) is { Success: true } definition)
        {
            var subject = definition.Groups["subject"].Value;
            targets.AddRange(Glossary(subject));
            targets.AddRange(Theme(subject));
        }
        else if (_glossary.ContainsKey(text))
        {
            // A bare term: the theme page named after it leads, its glossary entry follows.
            targets.AddRange(Theme(text));
            targets.AddRange(Glossary(text));
        }
        targets.AddRange(_titles.GetValueOrDefault(text) ?? []);
        if (text.Split(' ').Length >= MinPrefixWords)
        {
            targets.AddRange(StartingWith(text + " "));
        }
        return targets.Distinct().ToList();
    }

    // The documents whose title starts with the prefix, in document order (as a scan over all titles would give them).
    private IEnumerable<int> StartingWith(string prefix)
    {
        var low = 0;
        var high = _fullTitles.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_fullTitles[middle].Title, prefix) < 0) low = middle + 1;
            else high = middle;
        }
        var docs = new List<int>();
        for (var i = low; i < _fullTitles.Length && _fullTitles[i].Title.StartsWith(prefix, StringComparison.Ordinal); i++) docs.Add(_fullTitles[i].Doc);
        docs.Sort();
        return docs;
    }

    /// <summary>
    /// Region pages that should not lead: when a query names a region together with a subject ("rijnhaven den haag"),
    /// the asker wants the work on that subject in the region, not the region's overview. They move to rank
    /// <see cref="RegionPageRank"/> + 1 at the earliest.
    /// </summary>
    public IReadOnlyList<int> RegionPagesBelowSubject(UserQuery query)
    {
        var text = " " + Normalize(string.Join(' ', query.Positive.Select(e => e.Text))) + " ";
        var named = _regions.Where(r => text.Contains(" " + r.Name + " ", StringComparison.Ordinal)).ToList();
        if (named.Count == 0) return [];
        var rest = named.Aggregate(text, (t, r) => t.Replace(" " + r.Name + " ", " ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("riec" or "regio") && !DutchTextAnalyzer.IsStopWord(w) && !FillerWords.Contains(w));
        return rest.Any() ? named.Select(r => r.Doc).ToList() : [];
    }

    /// <summary>Where <see cref="RegionPagesBelowSubject"/> pages go at the earliest (0-based).</summary>
    public static int RegionPageIndex => RegionPageRank;

    private IEnumerable<int> Glossary(string subject) =>
        (_glossary.GetValueOrDefault(subject) ?? [])
        .Concat((_synonyms.Lookup(subject) ?? []).SelectMany(member => _glossary.GetValueOrDefault(Normalize(member)) ?? []));

    private IEnumerable<int> Theme(string subject) =>
        (_themes.GetValueOrDefault(subject) ?? [])
        .Concat((_synonyms.Lookup(subject) ?? []).SelectMany(member => _themes.GetValueOrDefault(Normalize(member)) ?? []));

    // The whole title and its clear parts: before and after a colon or full stop, inside quotes, before brackets.
    private static IEnumerable<string> Parts(string title)
    {
        yield return Normalize(title);
        foreach (var part in TitleBreak().Split(title))
        {
            var key = Normalize(part);
            if (key.Length > 0) yield return key;
        }
        foreach (Match quoted in Quoted().Matches(title)) yield return Normalize(quoted.Groups[1].Value);
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int doc)
    {
        if (!map.TryGetValue(key, out var docs)) map[key] = docs = [];
        if (!docs.Contains(doc)) docs.Add(doc);
    }

    /// <summary>Lower case, folded, single spaces, no punctuation around words, no possessive 's (OMG's → omg).</summary>
    public static string Normalize(string text) =>
        string.Join(' ', SynonymTable.Normalize(text.Replace('‘', ' ').Replace('’', ' ').Replace('\'', ' ').Replace('"', ' '))
            .Split(' ')
            .Select(w => w.Trim('!', '?', '.', ',', ';', ':', '–', '-'))
            .Where(w => w.Length > 0 && w != "s"));

    [GeneratedRegex(@"^(?:wat|wie)\s+(?:is|zijn|doet|doen|deed|was|waren|betekent|betekenen|houdt|bedoelen we met)\s+(?:een\s+|de\s+|het\s+)?(?<subject>.+?)(?:\s+(?:in|eigenlijk|precies|nou|dan|inhoudt))*$")]
    private static partial Regex Definitional();

    [GeneratedRegex(@"\s*(?:[:.;!?(\[]|\s[–-]\s)\s*")]
    private static partial Regex TitleBreak();

    [GeneratedRegex(@"[‘'""]([^’'""]{3,})[’'""]")]
    private static partial Regex Quoted();
}
