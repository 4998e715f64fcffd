using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kennisplatform.Build.Tests;

/// <summary>A judged page: the pages a professional expects under its "Zie ook".</summary>
public sealed record RelatedJudgement(string Page, IReadOnlyList<string> Expected, string? Who = null);

/// <summary>
/// Scores the "Zie ook" lists of a built site against tests/related/judgements.json: per page, the share of the
/// expected pages it shows (of at most as many as the list can hold), averaged over the judged pages.
/// </summary>
public static partial class RelatedEvaluation
{
    /// <summary>How many pages "Zie ook" shows at most.</summary>
    public const int ListLength = 5;

    /// <summary>Reads the judged set.</summary>
    public static IReadOnlyList<RelatedJudgement> Load(string path) =>
        JsonSerializer.Deserialize<List<RelatedJudgement>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? [];

    /// <summary>The URLs listed under "Zie ook" on a page of the built site, in order.</summary>
    public static IReadOnlyList<string> Shown(string publicFolder, string url)
    {
        var html = File.ReadAllText(Path.Combine(publicFolder, url.Trim('/'), "index.html"));
        var start = html.IndexOf("id=\"kp-zie-ook\"", StringComparison.Ordinal);
        if (start < 0) return [];
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return Href().Matches(html[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>The share of expected pages shown, per judged page.</summary>
    public static IReadOnlyList<(RelatedJudgement Judgement, IReadOnlyList<string> Shown, double Score)> Score(
        string publicFolder, IEnumerable<RelatedJudgement> judgements) =>
        judgements.Select(j =>
        {
            var shown = Shown(publicFolder, j.Page);
            var found = shown.Take(ListLength).Count(j.Expected.Contains);
            return (j, shown, found / (double)Math.Min(ListLength, j.Expected.Count));
        }).ToList();

    [GeneratedRegex("href=\"(/[^\"#?]*)\"")]
    private static partial Regex Href();
}
