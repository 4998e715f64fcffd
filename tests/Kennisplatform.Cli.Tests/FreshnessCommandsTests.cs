using Kennisplatform.Testing;

namespace Kennisplatform.Cli.Tests;

/// <summary><c>check</c>'s warning for overdue reviews and <c>rapport verouderd</c>, on the fixture content.</summary>
public class FreshnessCommandsTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static string Theme(string title, string extra) =>
        $"---\ntitle: {title}\nsummary: Kort.\ndate: 2021-05\nsources: [najaarsbrief-2022]\n{extra}\n---\nTekst.\n";

    private static string Content(TempFolder temp)
    {
        var content = Fixtures.CopyContent(temp["content"]);
        Fixtures.Write(content, "themas/oud.md", Theme("Oud thema", "last_reviewed: 2025-06-01\neigenaar: RIEC Limburg"));
        Fixtures.Write(content, "themas/vers.md", Theme("Vers thema", "last_reviewed: 2026-10-01\neigenaar: RIEC Limburg"));
        Fixtures.Write(content, "themas/nooit.md", Theme("Nooit gecontroleerd", "eigenaar: RIEC Limburg\nwijzigingen:\n  - datum: 2022-03-01\n    wijziging: Aanpak aangevuld."));
        return content;
    }

    [Fact]
    public async Task Check_warns_at_the_line_of_a_review_older_than_twelve_months_and_still_exits_zero()
    {
        using var temp = new TempFolder();
        var content = Content(temp);

        using var console = new ConsoleCapture();
        var exit = await CommandLine.RunAsync(["check", "--content", content], Today);

        Assert.Equal(0, exit);
        Assert.Contains($"{content}/themas/oud.md:6:16: warning: last reviewed 2025-06-01, more than 12 months ago", console.Out);
        Assert.DoesNotContain("themas/vers.md", console.Out);
        Assert.DoesNotContain("themas/nooit.md", console.Out);
        Assert.Contains("0 error(s), 1 warning(s)", console.Out);
    }

    [Fact]
    public async Task Rapport_verouderd_lists_pages_per_owner_never_reviewed_first_then_oldest_review()
    {
        using var temp = new TempFolder();
        var content = Content(temp);

        using var console = new ConsoleCapture();
        var exit = await CommandLine.RunAsync(["rapport", "verouderd", "--content", content], Today);

        Assert.Equal(0, exit);
        var lines = console.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("RIEC Limburg:", StringComparison.Ordinal));
        Assert.Equal("RIEC Limburg: 3 pagina's, 1 verouderd, 1 nooit gecontroleerd", lines[header]);
        Assert.Matches(@"^\s+nooit gecontroleerd\s+bijgewerkt 2022-03-01\s+56 mnd\s+\S+/themas/nooit\.md\s+Nooit gecontroleerd$", lines[header + 1]);
        Assert.Matches(@"^\s+VEROUDERD\s+gecontroleerd 2025-06-01\s+17 mnd\s+\S+/themas/oud\.md\s+Oud thema$", lines[header + 2]);
        Assert.Matches(@"^\s+gecontroleerd\s+gecontroleerd 2026-10-01\s+1 mnd\s+\S+/themas/vers\.md", lines[header + 3]);
        // Pages without an owner come last, in a group of their own; records of a moment (news, publications) are not listed.
        var rest = lines.FindIndex(l => l.StartsWith("Zonder eigenaar:", StringComparison.Ordinal));
        Assert.True(rest > header);
        Assert.DoesNotContain(lines, l => l.Contains("/publicaties/", StringComparison.Ordinal) || l.Contains("/nieuws/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rapport_verouderd_for_one_owner_shows_only_that_owner()
    {
        using var temp = new TempFolder();
        var content = Content(temp);

        using var console = new ConsoleCapture();
        await CommandLine.RunAsync(["rapport", "verouderd", "--content", content, "--eigenaar", "riec limburg"], Today);

        Assert.Contains("RIEC Limburg: 3 pagina's", console.Out);
        Assert.DoesNotContain("Zonder eigenaar", console.Out);
    }
}
