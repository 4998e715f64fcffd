using Kennisplatform.Build;
using Kennisplatform.Content;
using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>The real content in content/ builds cleanly, and search over it meets its quality targets.</summary>
public sealed class SiteContentTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private BuildReport _report = default!;

    public async Task InitializeAsync() =>
        _report = await new SiteBuilder().BuildAsync(new BuildOptions(Fixtures.SiteContentFolder, _temp["_site"]));

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_site_content_builds_without_errors_or_warnings()
    {
        Assert.True(_report.Succeeded, string.Join("\n", _report.Diagnostics.Take(10)));
        Assert.Empty(_report.Diagnostics);
    }

    [Fact]
    public void Damocles_finds_its_theme_page_first()
    {
        using var search = new SearchService(_temp["_site/index"]);
        Assert.Equal("/themas/damocles/", search.Search(new SearchRequest("damocles")).Hits[0].Url);
    }

    [Fact]
    public void The_judged_queries_meet_the_search_quality_targets()
    {
        using var search = new SearchService(_temp["_site/index"]);
        var judgements = SearchEvaluation.Load(Path.Combine(Fixtures.RepositoryRoot, "tests", "search", "judgements.json"));
        var report = SearchEvaluation.Run(search, judgements);

        Assert.True(judgements.Count >= 40);
        var misses = string.Join("\n", report.Results.Where(r => r.Rank is null or > 3).Select(r => $"{r.Judgement.Query}: {string.Join(' ', r.Top.Take(3))}"));
        Assert.True(report.SuccessAt3 >= 0.95, $"success@3 {report.SuccessAt3:0.000}\n{misses}");
        Assert.True(report.MrrAt10 >= 0.85, $"MRR@10 {report.MrrAt10:0.000}\n{misses}");
    }

    [Fact]
    public void Every_document_page_has_related_pages_on_shared_themes()
    {
        var html = File.ReadAllText(_temp["_site/public/praktijkvoorbeelden/straatwaarden-utrecht/index.html"]);

        Assert.Contains("id=\"kp-zie-ook\"", html);
        var related = html[html.IndexOf("id=\"kp-zie-ook\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("href=\"/praktijkvoorbeelden/straatwaarden-utrecht/\"", related);
    }
}
