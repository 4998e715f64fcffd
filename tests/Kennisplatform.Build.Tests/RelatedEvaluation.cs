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

    /// <summary>
    /// The URLs a page lists itself (a theme's or region's lists, a circle's meetings): "Zie ook" leaves those out, and
    /// the reader sees them on the page.
    /// </summary>
    public static IReadOnlySet<string> Listed(string publicFolder, string url)
    {
        var html = File.ReadAllText(Path.Combine(publicFolder, url.Trim('/'), "index.html"));
        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var start = html.IndexOf("class=\"listing-section\"", StringComparison.Ordinal); start >= 0;
             start = html.IndexOf("class=\"listing-section\"", start + 1, StringComparison.Ordinal))
        {
            var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
            foreach (Match m in ItemTitle().Matches(html[start..end])) listed.Add(m.Groups[1].Value);
        }
        return listed;
    }

    /// <summary>The share of expected pages shown (under "Zie ook" or in the page's own lists), per judged page.</summary>
    public static IReadOnlyList<(RelatedJudgement Judgement, IReadOnlyList<string> Shown, double Score)> Score(
        string publicFolder, IEnumerable<RelatedJudgement> judgements) =>
        judgements.Select(j =>
        {
            var shown = Shown(publicFolder, j.Page);
            var listed = Listed(publicFolder, j.Page);
            var found = j.Expected.Count(e => listed.Contains(e) || shown.Take(ListLength).Contains(e));
            return (j, shown, Math.Min(1.0, found / (double)Math.Min(ListLength, j.Expected.Count)));
        }).ToList();

    [GeneratedRegex("href=\"(/[^\"#?]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("class=\"item-title\"><a href=\"(/[^\"#?]*)\"")]
    private static partial Regex ItemTitle();
}
