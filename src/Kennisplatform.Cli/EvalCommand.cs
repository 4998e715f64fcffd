using System.CommandLine;
using System.Globalization;
using Kennisplatform.Build;
using Kennisplatform.Contracts;
using Kennisplatform.Search;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform eval [--site DIR] [--judgements FILE] [--query Q]</c>: search quality over the judged query set, or one query's ranking.</summary>
public static class EvalCommand
{
    /// <summary>Prints each query that misses the top 3, then success@1, success@3 and MRR@10 per kind of query and overall.</summary>
    public static Command Create()
    {
        var site = CommonOptions.Site("evaluate this built site instead of building content/ first");
        var content = CommonOptions.Content();
        var judgements = new Option<string>("--judgements")
        {
            Description = "the judged queries", HelpName = "FILE", DefaultValueFactory = _ => Path.Combine("tests", "search", "judgements.json"),
        };
        var query = new Option<string>("--query") { Description = "show one query's ranking with scores instead", HelpName = "Q", DefaultValueFactory = _ => "" };
        var command = new Command("eval", "search quality per kind of query: success@1, success@3, MRR@10") { site, content, judgements, query };
        command.SetAction((parsed, _) => RunAsync(parsed.GetValue(site)!, parsed.GetValue(content)!, parsed.GetValue(judgements)!, parsed.GetValue(query)!));
        return command;
    }

    private static string Figures(string label, EvaluationReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-13} queries {report.Results.Count,3}  success@1 {report.SuccessAt1:0.000}  success@3 {report.SuccessAt3:0.000}  MRR@10 {report.MrrAt10:0.000}");

    /// <summary>Evaluates <paramref name="site"/>, or a temporary build of <paramref name="content"/> when it is empty.</summary>
    public static async Task<int> RunAsync(string site, string content, string judgementsPath, string probe = "")
    {
        var temporary = site.Length == 0 ? Path.Combine(Path.GetTempPath(), "kennisplatform-eval-" + Guid.NewGuid().ToString("N")) : null;
        try
        {
            if (temporary is not null)
            {
                site = temporary;
                if (!await BuildCommand.RunAsync(new BuildOptions(content, site))) return 1;
            }
            using var search = new SearchService(new BuildLayout(site).Index);
            if (probe.Length > 0)
            {
                // One query with its ranking, to see why a judged query misses.
                var result = search.Search(new SearchRequest(probe, PageSize: 10));
                Console.WriteLine($"{result.Total} results; suggestion: {result.Suggestion ?? "-"}");
                foreach (var hit in result.Hits) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Score,8:0.000}  {hit.Url}"));
                return 0;
            }
            var report = SearchEvaluation.Run(search, SearchEvaluation.Load(judgementsPath));
            foreach (var miss in report.Results.Where(r => r.Rank is null or > 3))
            {
                Console.WriteLine($"rank {(miss.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"),2}  {miss.Judgement.Query,-40} top: {string.Join(' ', miss.Top.Take(3))}");
            }
            foreach (var (kind, part) in report.ByKind) Console.WriteLine(Figures(kind, part));
            Console.WriteLine(Figures("overall", report));
            return 0;
        }
        finally
        {
            if (temporary is not null && Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }
}
