using Kennisplatform.Testing;

namespace Kennisplatform.Cli.Tests;

public class EditorCommandsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Templates => Path.Combine(Fixtures.SiteContentFolder, "sjablonen");

    private static string ContentWithTemplates(TempFolder temp)
    {
        var content = Fixtures.CopyContent(temp["content"]);
        Fixtures.CopyContent(Path.Combine(content, "sjablonen"), Templates);
        return content;
    }

    [Fact]
    public async Task Check_prints_compiler_style_diagnostics_and_exits_non_zero_on_errors()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);
        Fixtures.Write(content, "over.md", "---\ntitle: Over\nsummary: S\ndate: 2024-13-01\n---\n");

        using var console = new ConsoleCapture();
        var exit = await CommandLine.RunAsync(["check", "--content", content], Today);

        Assert.Equal(1, exit);
        Assert.Contains($"{content}/over.md:4:7: error: invalid date '2024-13-01'", console.Error);
        Assert.Contains("1 error(s)", console.Error);
    }

    [Fact]
    public async Task Check_exits_zero_on_valid_content()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);

        using var console = new ConsoleCapture();
        Assert.Equal(0, await CommandLine.RunAsync(["check", "--content", content], Today));
        Assert.Contains("0 error(s), 0 warning(s)", console.Out);
    }

    [Fact]
    public async Task Check_treats_a_site_link_whose_build_is_gone_as_a_first_build()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);
        var site = temp["_site"];
        File.CreateSymbolicLink(site, temp["_site.builds/verdwenen"]);

        using var console = new ConsoleCapture();
        Assert.Equal(0, await CommandLine.RunAsync(["check", "--content", content, "--previous", site], Today));
        Assert.Contains("0 error(s), 0 warning(s)", console.Out);
    }

    public static TheoryData<string, string> NewPageTypes => new()
    {
        { "handreiking", "handreikingen/aanpak-van-witwassen-een-stappenplan.md" },
        { "praktijkvoorbeeld", "praktijkvoorbeelden/aanpak-van-witwassen-een-stappenplan.md" },
        { "kenniskring", "kenniskringen/aanpak-van-witwassen-een-stappenplan/index.md" },
        { "publicatie", "publicaties/aanpak-van-witwassen-een-stappenplan.md" },
        { "begrip", "begrippen/aanpak-van-witwassen-een-stappenplan.md" },
    };

    [Theory]
    [MemberData(nameof(NewPageTypes))]
    public async Task A_new_page_fails_check_until_filled_in(string type, string expectedPath)
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);

        using var console = new ConsoleCapture();
        Assert.Equal(0, await CommandLine.RunAsync(["new", type, "Aanpak van witwassen: een stappenplan", "--content", content], Today));
        var file = Path.Combine(content, expectedPath);
        var created = File.ReadAllText(file);

        Assert.Contains("title: \"Aanpak van witwassen: een stappenplan\"", created);
        Assert.Contains("date: 2026-11-23", created);
        Assert.Equal(1, await CommandLine.RunAsync(["check", "--content", content], Today));
        Assert.Contains($"{expectedPath}:", console.Error);
        Assert.Contains("placeholder from the template", console.Error);
        Assert.Contains("example value from the template in 'sources'", console.Error);

        File.WriteAllText(file, FillIn(created));
        Assert.Equal(0, await CommandLine.RunAsync(["check", "--content", content], Today));
    }

    // One build for the new pages of every type, rather than a build per type: a build is the expensive step.
    [Fact]
    public async Task New_pages_of_every_type_build_once_filled_in()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);
        using var console = new ConsoleCapture();
        foreach (var (type, path) in NewPageTypes.Select(row => row.Data))
        {
            Assert.Equal(0, await CommandLine.RunAsync(["new", type, "Aanpak van witwassen: een stappenplan", "--content", content], Today));
            File.WriteAllText(Path.Combine(content, path), FillIn(File.ReadAllText(Path.Combine(content, path))));
        }

        Assert.Equal(0, await CommandLine.RunAsync(["build", "--content", content, "--output", temp["_site"]], Today));

        Assert.All(NewPageTypes.Select(row => row.Data.Item2), path =>
            Assert.True(File.Exists(Path.Combine(temp["_site"], "public", path.Replace("/index.md", "").Replace(".md", ""), "index.html")), path));
    }

    // What an editor does: real values for the placeholders, the examples kept on purpose, their own text.
    private static string FillIn(string created)
    {
        var frontMatter = created[..(created.IndexOf("\n---", 4, StringComparison.Ordinal) + 4)];
        frontMatter = System.Text.RegularExpressions.Regex.Replace(frontMatter, @"Vul [^""\],\n]* in\.?", "Ingevuld");
        frontMatter = System.Text.RegularExpressions.Regex.Replace(frontMatter, @"\s*#\s*voorbeeld.*", "");
        return frontMatter + "\n\n## Inhoud\n\nEigen tekst van de redacteur.\n";
    }

    [Fact]
    public async Task New_meeting_goes_into_its_circle_with_the_date_in_the_name()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);

        using var console = new ConsoleCapture();
        Assert.Equal(0, await CommandLine.RunAsync(["new", "bijeenkomst", "Derde bijeenkomst", "--kring", "vastgoed", "--content", content], Today));

        var file = Path.Combine(content, "kenniskringen/vastgoed/2026-11-23-derde-bijeenkomst.md");
        Assert.True(File.Exists(file));
        File.WriteAllText(file, FillIn(File.ReadAllText(file)));
        Assert.Equal(0, await CommandLine.RunAsync(["check", "--content", content], Today));
    }

    [Fact]
    public async Task New_refuses_to_overwrite_an_existing_page()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);

        using var console = new ConsoleCapture();
        Assert.Equal(1, await CommandLine.RunAsync(["new", "handreiking", "Damocles menukaart", "--content", content], Today));
        Assert.Contains("already exists", console.Error);
    }

    [Fact]
    public async Task New_with_an_unknown_type_explains_the_types()
    {
        using var temp = new TempFolder();
        using var console = new ConsoleCapture();

        Assert.Equal(2, await CommandLine.RunAsync(["new", "handleiding", "Iets", "--content", temp.Path], Today));
        Assert.Contains("types: thema, regio, praktijkvoorbeeld, handreiking", console.Error);
    }

    [Fact]
    public async Task Options_may_be_written_with_an_equals_sign()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        using var console = new ConsoleCapture();

        Assert.Equal(0, await CommandLine.RunAsync(["check", $"--content={content}"], Today));
        Assert.Contains("documents checked: 0 error(s)", console.Out);
    }

    [Theory]
    [InlineData("bouw")]
    [InlineData("check", "--inhoud", "content")]
    public async Task An_unknown_verb_or_option_exits_2_and_points_to_the_help(params string[] args)
    {
        using var console = new ConsoleCapture();

        Assert.Equal(2, await CommandLine.RunAsync(args, Today));
        Assert.Contains("kennisplatform --help", console.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    [InlineData]
    public async Task Help_lists_every_verb(params string[] args)
    {
        using var console = new ConsoleCapture();

        Assert.Equal(0, await CommandLine.RunAsync(args, Today));
        foreach (var verb in new[] { "check", "new", "build", "serve", "eval", "wachtwoord" }) Assert.Contains(verb, console.Out);
    }
}
