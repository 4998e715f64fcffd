using Kennisplatform.Content;
using Kennisplatform.Testing;

namespace Kennisplatform.Content.Tests;

public class ContentValidatorTests
{
    // What the build's check sees: the folder as read, plus the validator's diagnostics.
    private static ContentSet Validated(string folder)
    {
        var set = ContentLoader.Load(folder);
        return set with { Diagnostics = [.. set.Diagnostics, .. ContentValidator.Validate(set.Documents, set.Taxonomies)] };
    }

    private static ContentSet LoadWith(TempFolder temp, string relative, string text)
    {
        Fixtures.CopyContent(temp.Path);
        Fixtures.Write(temp.Path, relative, text);
        return Validated(temp.Path);
    }

    private static Diagnostic SingleError(ContentSet set) =>
        Assert.Single(set.Diagnostics, d => d.Severity == Severity.Error);

    [Fact]
    public void The_fixture_content_is_valid()
    {
        var set = Validated(Fixtures.ContentFolder);

        Assert.Empty(set.Diagnostics);
        Assert.Equal(15, set.Documents.Count);
    }

    [Fact]
    public void Unknown_theme_is_an_error_at_its_line_with_a_suggestion()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "handreikingen/nieuw.md", """
            ---
            title: Nieuw
            summary: Iets nieuws.
            date: 2024-01-01
            themes:
              - damocles
              - vastgod
            audience: [gemeenten]
            publisher: LIEC
            version: "1.0"
            last_reviewed: 2024-01-01
            sources: [najaarsbrief-2022]
            ---
            Tekst.
            """);

        var error = SingleError(set);
        Assert.Equal("handreikingen/nieuw.md", error.Path);
        Assert.Equal(7, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Contains("unknown theme 'vastgod' — did you mean 'vastgoed'?", error.Message);
    }

    [Fact]
    public void Missing_required_field_names_the_field_and_the_type()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "handreikingen/nieuw.md", """
            ---
            title: Nieuw
            summary: Iets nieuws.
            date: 2024-01-01
            themes: [damocles]
            audience: [gemeenten]
            version: "1.0"
            last_reviewed: 2024-01-01
            sources: [najaarsbrief-2022]
            ---
            """);

        Assert.Equal("missing required field 'publisher' for a handreiking", SingleError(set).Message);
    }

    [Fact]
    public void Invalid_date_is_an_error_at_its_line()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "webinars/nieuw.md", """
            ---
            title: Nieuw
            summary: Iets nieuws.
            date: 31-02-2021
            themes: [damocles]
            format: online
            organisations: [LIEC]
            takeaways: [Punt]
            sources: [najaarsbrief-2022]
            ---
            """);

        var error = SingleError(set);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("invalid date '31-02-2021'", error.Message);
    }

    [Fact]
    public void Value_outside_a_choice_lists_the_allowed_values()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "webinars/nieuw.md", """
            ---
            title: Nieuw
            summary: Iets nieuws.
            date: 2021-02-01
            themes: [damocles]
            format: onlin
            organisations: [LIEC]
            takeaways: [Punt]
            sources: [najaarsbrief-2022]
            ---
            """);

        Assert.Equal("invalid value 'onlin' for 'format' — did you mean 'online'?; allowed: fysiek, online, hybride, onbekend", SingleError(set).Message);
    }

    [Fact]
    public void A_meeting_whose_format_is_not_known_says_onbekend()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "webinars/nieuw.md", """
            ---
            title: Nieuw
            summary: Iets nieuws.
            date: 2021-02-01
            themes: [damocles]
            format: onbekend
            organisations: [LIEC]
            takeaways: [Punt]
            sources: [najaarsbrief-2022]
            ---
            """);

        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void The_date_a_status_was_last_known_must_be_an_iso_date()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "praktijkvoorbeelden/nieuw.md", """
            ---
            title: Nieuw
            summary: Iets nieuws.
            date: 2021-02-01
            themes: [vastgoed]
            regions: [limburg]
            place: Maastricht
            partners: [RIEC Limburg]
            period: 2019–2021
            status: lopend
            status_date: juni 2022
            contact: RIEC Limburg
            sources: [najaarsbrief-2022]
            ---
            """);

        var error = SingleError(set);
        Assert.Equal(11, error.Line);
        Assert.StartsWith("invalid date 'juni 2022' in 'status_date'", error.Message);
    }

    [Fact]
    public void Unknown_field_is_a_warning_with_a_suggestion()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "over.md", "---\ntitle: Over\nsummary: S\ndate: 2024\nsumary: typo\n---\n");

        var warning = Assert.Single(set.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(5, warning.Line);
        Assert.Contains("did you mean 'summary'?", warning.Message);
    }

    [Theory]
    [InlineData("Toegang: besloten")]
    [InlineData("TOEGANG: besloten")]
    [InlineData("toegan: besloten")]
    [InlineData("toegnag: openbaar")]
    [InlineData("access: besloten")]
    public void A_mistyped_access_key_fails_the_build_at_its_line_and_column(string line)
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "over.md", $"---\ntitle: Over\nsummary: S\ndate: 2024\n{line}\n---\n");

        var error = SingleError(set);
        Assert.Equal((5, 1), (error.Line, error.Column));
        Assert.Contains($"unknown field '{line[..line.IndexOf(':')]}'", error.Message);
        Assert.Contains("toegang: besloten", error.Message);
    }

    [Fact]
    public void Alias_that_collides_with_a_page_is_an_error()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "over.md", "---\ntitle: Over\nsummary: S\ndate: 2024\naliases: [/themas/vastgoed/]\n---\n");

        Assert.Equal("alias /themas/vastgoed/ collides with the page themas/vastgoed.md", SingleError(set).Message);
    }

    [Fact]
    public void Checking_one_document_against_the_others_gives_its_diagnostics_of_the_whole_check()
    {
        using var temp = new TempFolder();
        Fixtures.CopyContent(temp.Path);
        // One error of a document on its own, one between documents (the second page's alias is the first's), one clean page.
        Fixtures.Write(temp.Path, "over.md", "---\ntitle: Over\nsummary: S\ndate: 2024\naliases: [/oud/]\nthemes: [vastgod]\n---\n");
        Fixtures.Write(temp.Path, "colofon.md", "---\ntitle: Colofon\nsummary: S\ndate: 2024\naliases: [/oud/]\n---\n");
        var set = ContentLoader.Load(temp.Path);
        var whole = ContentValidator.Validate(set.Documents, set.Taxonomies);
        Assert.Equal(2, whole.Count(d => d.Severity == Severity.Error));

        foreach (var document in set.Documents)
        {
            var path = document.SourcePath;
            var alone = ContentValidator.Validate(set.Documents, set.Taxonomies, only: d => d.SourcePath == path).Where(d => d.Path == path);
            Assert.Equal(whole.Where(d => d.Path == path), alone);
        }
        Assert.DoesNotContain(ContentValidator.Validate(set.Documents, set.Taxonomies, only: d => d.SourcePath == "colofon.md"), d => d.Path == "over.md" && d.Message.Contains("vastgod"));
    }

    [Fact]
    public void Same_alias_on_two_pages_is_an_error()
    {
        using var temp = new TempFolder();
        Fixtures.CopyContent(temp.Path);
        Fixtures.Write(temp.Path, "over.md", "---\ntitle: Over\nsummary: S\ndate: 2024\naliases: [/oud/]\n---\n");
        Fixtures.Write(temp.Path, "colofon.md", "---\ntitle: Colofon\nsummary: S\ndate: 2024\naliases: [/oud/]\n---\n");

        var error = SingleError(Validated(temp.Path));
        Assert.Contains("is also an alias of", error.Message);
    }

    [Fact]
    public void Meeting_without_a_circle_page_is_an_error()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "kenniskringen/onbekend/2020-01-01-start.md", """
            ---
            title: Start
            summary: S
            date: 2020-01-01
            themes: [vastgoed]
            format: fysiek
            organisations: [LIEC]
            takeaways: [Punt]
            sources: [najaarsbrief-2022]
            ---
            """);

        Assert.Contains("kenniskringen/onbekend/index.md", SingleError(set).Message);
    }

    [Fact]
    public void Free_page_cannot_take_a_path_the_site_uses()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "zoeken.md", "---\ntitle: Z\nsummary: S\ndate: 2024\n---\n");

        Assert.Contains("used by the site itself", SingleError(set).Message);
    }

    [Fact]
    public void A_list_where_one_value_is_expected_is_an_error()
    {
        using var temp = new TempFolder();
        var set = LoadWith(temp, "over.md", "---\ntitle: [a, b]\nsummary: S\ndate: 2024\n---\n");

        Assert.Equal("field 'title' must be a single value, not a list", SingleError(set).Message);
    }
}
