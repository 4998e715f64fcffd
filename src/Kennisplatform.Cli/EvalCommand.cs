using Kennisplatform.Contracts;
using System.Globalization;
using Kennisplatform.Build;
using Kennisplatform.Search;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform eval [--site DIR] [--judgements FILE]</c>: search quality over the judged query set.</summary>
public static class EvalCommand
{
    /// <summary>Prints each query that misses the top 3, then success@1, success@3 and MRR@10.</summary>
    public static async Task<int> RunAsync(Arguments args)
    {
        var judgementsPath = args.Get("judgements", Path.Combine("tests", "search", "judgements.json"));
        var site = args.Get("site", "");
        var temporary = site.Length == 0 ? Path.Combine(Path.GetTempPath(), "kennisplatform-eval-" + Guid.NewGuid().ToString("N")) : null;
        try
        {
            if (temporary is not null)
            {
                site = temporary;
                if (!await BuildCommand.RunAsync(new BuildOptions(args.Get("content", "content"), site))) return 1;
            }
            using var search = new SearchService(new BuildLayout(site).Index);
            var report = SearchEvaluation.Run(search, SearchEvaluation.Load(judgementsPath));
            foreach (var miss in report.Results.Where(r => r.Rank is null or > 3))
            {
                Console.WriteLine($"rank {(miss.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"),2}  {miss.Judgement.Query,-40} top: {string.Join(' ', miss.Top.Take(3))}");
            }
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"queries {report.Results.Count}  success@1 {report.SuccessAt1:0.000}  success@3 {report.SuccessAt3:0.000}  MRR@10 {report.MrrAt10:0.000}"));
            return 0;
        }
        finally
        {
            if (temporary is not null && Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }
}
