using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kennisplatform.Search;
using Lucene.Net.Search;

namespace Kennisplatform.Bench;

/// <summary>
/// <c>--snippets SITE</c>: the passage picker that re-analyses the body (<see cref="SnippetBuilder"/>, as summaries are
/// marked) against <see cref="PassageHighlighter"/> (the query's terms from the body's postings with offsets, widened to
/// sentences, as the search does), over the bench's query workload for that site: for
/// the first ten hits of each query, the CPU time per query, how often words of one phrase are marked apart, how
/// often a snippet starts and ends on a sentence boundary, and how often there is no snippet.
/// </summary>
public static partial class SnippetComparison
{
    /// <summary>The flag that selects this mode.</summary>
    public const string Flag = "--snippets";

    private const int Hits = 10;
    private const int Length = 220;

    private sealed record Figures(string Name, double MsPerQuery, int Snippets, int Empty, int SplitPhrases, int Phrases, int SentenceStart,
        int SentenceEnd, double MeanLength);

    /// <summary>Runs the comparison on the public index of <paramref name="site"/> and prints a table.</summary>
    public static int Run(string site)
    {
        var index = Path.Combine(site, "index");
        var workload = QueryWorkload.ForIndex(index);
        var queries = workload.Distinct.Select(q => WebUtility.UrlDecode(q.Split('&')[0]["q=".Length..])).Distinct().ToList();
        var resources = SearchResources.Load(index);
        using var service = new SearchService(index);
        var searcher = service.Searcher;
        var reader = searcher.IndexReader;
        var planner = new QueryPlanner(service.Analyzer, resources.Synonyms, new SpellingCorrector(reader));
        var hand = new SnippetBuilder(service.Analyzer, Length);
        var passages = new PassageHighlighter(Length);

        var work = new List<(QueryPlan Plan, Query Query, int[] Docs, bool HasPhrase)>();
        foreach (var text in queries)
        {
            var plan = planner.Plan(UserQuery.Parse(text));
            if (QueryBuilder.Build(plan, graded: true) is not { } query) continue;
            var docs = searcher.Search(query, Hits).ScoreDocs.Select(d => d.Doc).ToArray();
            var phrase = plan.Positive.Any(u => u.Alternatives.Any(a => a.Terms.Select(t => t.Position).Distinct().Count() > 1));
            if (docs.Length > 0) work.Add((plan, query, docs, phrase));
        }

        string? Hand(QueryPlan plan, Query query, int doc)
        {
            var body = StoredBody.Read(reader, doc);
            return hand.Build(IndexFields.Body, body, plan.HighlightTerms);
        }

        // As the search does it: the targets prepared once per search (here per hit, an upper bound), then each hit.
        string? Postings(QueryPlan plan, Query query, int doc) => passages.Build(passages.Prepare(plan), reader, doc);

        var results = new[] { Measure("SnippetBuilder (re-analysing the body)", Hand), Measure("PassageHighlighter (postings with offsets)", Postings) };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{work.Count} queries with hits (of {queries.Count} distinct in the workload), {work.Count(w => w.HasPhrase)} with a phrase; first {Hits} hits each"));
        Console.WriteLine("| builder | CPU ms/query | snippets | none | phrase words marked apart | sentence start | sentence end | mean length |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var f in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {f.Name} | {f.MsPerQuery:0.00} | {f.Snippets} | {f.Empty} | {f.SplitPhrases} of {f.Phrases} | {Share(f.SentenceStart, f.Snippets)} | {Share(f.SentenceEnd, f.Snippets)} | {f.MeanLength:0} |"));
        }
        return 0;

        Figures Measure(string name, Func<QueryPlan, Query, int, string?> build)
        {
            // A warm-up pass for the JIT and the OS cache, then a timed pass; the figures are of the timed pass.
            foreach (var (plan, query, docs, _) in work) foreach (var doc in docs) build(plan, query, doc);
            var empty = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var (plan, query, docs, _) in work)
            {
                foreach (var doc in docs)
                {
                    if (build(plan, query, doc) is null) empty++;
                }
            }
            var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / work.Count;
            // Bodies are looked up after the timed pass, for the sentence checks only.
            var checkedSnippets = new List<(string Html, string Body, bool Phrase)>();
            foreach (var (plan, query, docs, phrase) in work)
            {
                foreach (var doc in docs)
                {
                    if (build(plan, query, doc) is { } html) checkedSnippets.Add((html, StoredBody.Read(reader, doc), phrase));
                }
            }
            var phrases = checkedSnippets.Where(s => s.Phrase).ToList();
            return new Figures(name, ms, checkedSnippets.Count, empty,
                phrases.Count(s => s.Html.Contains("</mark> <mark>", StringComparison.Ordinal)), phrases.Count,
                checkedSnippets.Count(s => StartsSentence(Plain(s.Html), s.Body)),
                checkedSnippets.Count(s => EndsSentence(Plain(s.Html), s.Body)),
                checkedSnippets.Count == 0 ? 0 : checkedSnippets.Average(s => Plain(s.Html).Length));
        }
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0}%");

    private static string Plain(string html) => WebUtility.HtmlDecode(Tags().Replace(html, "")).Trim().Trim('…').Trim();

    // The snippet begins the body, or follows a full stop, question or exclamation mark, or a line break.
    private static bool StartsSentence(string snippet, string body)
    {
        var at = body.IndexOf(snippet, StringComparison.Ordinal);
        if (at < 0) return false;
        var before = body[..at].TrimEnd(' ', '\t');
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or ':';
    }

    private static bool EndsSentence(string snippet, string body) =>
        snippet.Length > 0 && (snippet[^1] is '.' or '!' or '?' || body.TrimEnd().EndsWith(snippet, StringComparison.Ordinal));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
