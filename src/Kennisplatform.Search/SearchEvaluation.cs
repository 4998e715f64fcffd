using System.Text.Json;

namespace Kennisplatform.Search;

/// <summary>
/// A judged query: what a professional would type, the pages that should come first, and the kind of asking
/// (keywords, question, typo, compound, synonym, region-theme, title).
/// </summary>
public sealed record Judgement(string Query, IReadOnlyList<string> Expected, string? Who = null, string Kind = "keywords");

/// <summary>The outcome of one judged query: the rank (1-based) of the first expected page, or null.</summary>
public sealed record JudgedResult(Judgement Judgement, int? Rank, IReadOnlyList<string> Top);

/// <summary>success@1, success@3 and MRR@10 over a judged query set.</summary>
public sealed record EvaluationReport(IReadOnlyList<JudgedResult> Results)
{
    /// <summary>Share of queries whose first result is expected.</summary>
    public double SuccessAt1 => Share(1);

    /// <summary>Share of queries with an expected page in the top 3.</summary>
    public double SuccessAt3 => Share(3);

    /// <summary>Mean reciprocal rank of the first expected page within the top 10.</summary>
    public double MrrAt10 => Results.Count == 0 ? 0 : Results.Average(r => r.Rank is { } k && k <= 10 ? 1.0 / k : 0);

    /// <summary>The same figures per kind of query, in alphabetical order of kind.</summary>
    public IReadOnlyList<(string Kind, EvaluationReport Report)> ByKind =>
        Results.GroupBy(r => r.Judgement.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, new EvaluationReport(g.ToList()))).ToList();

    private double Share(int k) => Results.Count == 0 ? 0 : Results.Count(r => r.Rank is { } rank && rank <= k) / (double)Results.Count;
}

/// <summary>Runs a judged query set against an index.</summary>
public static class SearchEvaluation
{
    /// <summary>Reads judgements from a JSON file: <c>[{ "query", "expected": [urls], "who" }]</c>.</summary>
    public static IReadOnlyList<Judgement> Load(string path) =>
        JsonSerializer.Deserialize<List<Judgement>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? [];

    /// <summary>Searches every query and ranks the expected pages.</summary>
    public static EvaluationReport Run(SearchService search, IEnumerable<Judgement> judgements) =>
        new(judgements.Select(j =>
        {
            var top = search.Search(new SearchRequest(j.Query, PageSize: 10)).Hits.Select(h => h.Url).ToList();
            var index = top.FindIndex(j.Expected.Contains);
            return new JudgedResult(j, index < 0 ? null : index + 1, top);
        }).ToList());
}
