using Kennisplatform.Content;
using Kennisplatform.Testing;

namespace Kennisplatform.Content.Tests;

/// <summary>Review dates, the overdue warning and the rules of <c>eigenaar</c>.</summary>
public class FreshnessTests
{
    private static ContentSet Load(TempFolder temp, params (string Path, string FrontMatter)[] pages)
    {
        Fixtures.CopyContent(temp.Path);
        foreach (var (path, frontMatter) in pages) Fixtures.Write(temp.Path, path, $"---\n{frontMatter}\n---\nTekst.\n");
        var set = ContentLoader.Load(temp.Path);
        return set with { Diagnostics = [.. set.Diagnostics, .. ContentValidator.Validate(set.Documents, set.Taxonomies)] };
    }

    private static string Theme(string extra) => $"title: Thema\nsummary: Kort.\ndate: 2021-05\nsources: [najaarsbrief-2022]\n{extra}";

    [Fact]
    public void A_review_more_than_twelve_months_ago_is_a_warning_at_its_line()
    {
        using var temp = new TempFolder();
        var set = Load(temp, ("themas/oud.md", Theme("last_reviewed: 2025-11-15")), ("themas/recent.md", Theme("last_reviewed: 2025-12-01")));
        Assert.DoesNotContain(set.Diagnostics, d => d.Severity == Severity.Error);

        var warnings = Freshness.Warnings(set.Documents, new DateOnly(2026, 11, 30)).ToList();

        var warning = Assert.Single(warnings);
        Assert.Equal(("themas/oud.md", 6, 16, Severity.Warning), (warning.Path, warning.Line, warning.Column, warning.Severity));
        Assert.Contains("last reviewed 2025-11-15, more than 12 months ago", warning.Message);
    }

    [Fact]
    public void A_page_without_a_review_gets_no_review_date_only_its_last_update()
    {
        using var temp = new TempFolder();
        var set = Load(temp, ("themas/nooit.md", Theme("wijzigingen:\n  - datum: 2022-02-01\n    wijziging: Aanpak aangevuld.")));
        var page = set.Documents.Single(d => d.Slug == "nooit");

        Assert.Null(page.LastReviewed);
        Assert.False(Freshness.IsOverdue(page, new DateOnly(2030, 1, 1)));
        Assert.Equal("2022-02-01", Freshness.LastUpdate(page)!.Value.ToIso());
    }

    [Fact]
    public void Last_reviewed_is_checked_as_a_date_on_any_type_and_still_required_on_guides()
    {
        using var temp = new TempFolder();
        var set = Load(temp, ("themas/fout.md", Theme("last_reviewed: vorige week")));

        var error = Assert.Single(set.Diagnostics, d => d.Path == "themas/fout.md");
        Assert.Equal((6, 16), (error.Line, error.Column));
        Assert.Contains("invalid date 'vorige week' in 'last_reviewed'", error.Message);
        Assert.True(ContentSchema.For(DocumentType.Handreiking, []).Single(f => f.Name == Freshness.ReviewField).Required);
    }

    [Fact]
    public void An_owner_written_two_ways_is_an_error_at_the_second()
    {
        using var temp = new TempFolder();
        var set = Load(temp, ("themas/a.md", Theme("eigenaar: Redactie Kennisplatform")), ("themas/b.md", Theme("eigenaar: redactie  kennisplatform")));

        var error = Assert.Single(set.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("themas/b.md", 6, 11), (error.Path, error.Line, error.Column));
        Assert.Contains("written 'Redactie Kennisplatform' in themas/a.md", error.Message);
    }

    [Fact]
    public void An_owner_that_is_an_address_is_an_error()
    {
        using var temp = new TempFolder();
        var set = Load(temp, ("themas/a.md", Theme("eigenaar: j.jansen@example.nl")));

        var error = Assert.Single(set.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("names an organisation or editorial team", error.Message);
    }

    [Theory]
    [InlineData("2025-11-30", "2026-11-30", 12)]
    [InlineData("2025-12-01", "2026-11-30", 11)]
    [InlineData("2027-01-01", "2026-11-30", 0)]
    public void Months_since_counts_whole_months(string from, string to, int months) =>
        Assert.Equal(months, Freshness.MonthsSince(DateOnly.Parse(from), DateOnly.Parse(to)));
}
