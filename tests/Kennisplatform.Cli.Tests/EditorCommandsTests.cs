using Kennisplatform.Testing;

namespace Kennisplatform.Cli.Tests;

public class EditorCommandsTests
{
    private static string Templates => Path.Combine(Fixtures.SiteContentFolder, "sjablonen");

    private static string ContentWithTemplates(TempFolder temp)
    {
        var content = Fixtures.CopyContent(temp["content"]);
        Fixtures.CopyContent(Path.Combine(content, "sjablonen"), Templates);
        return content;
    }

    [Fact]
    public void Check_prints_compiler_style_diagnostics_and_exits_non_zero_on_errors()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);
        Fixtures.Write(content, "over.md", "---\ntitle: Over\nsummary: S\ndate: 2024-13-01\n---\n");

        using var console = new ConsoleCapture();
        var exit = CheckCommand.Run(Arguments.Parse(["check", "--content", content]));

        Assert.Equal(1, exit);
        Assert.Contains($"{content}/over.md:4:7: error: invalid date '2024-13-01'", console.Error);
        Assert.Contains("1 error(s)", console.Error);
    }

    [Fact]
    public void Check_exits_zero_on_valid_content()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);

        using var console = new ConsoleCapture();
        Assert.Equal(0, CheckCommand.Run(Arguments.Parse(["check", "--content", content])));
        Assert.Contains("0 error(s), 0 warning(s)", console.Out);
    }

    [Theory]
    [InlineData("handreiking", "handreikingen/aanpak-van-witwassen-een-stappenplan.md")]
    [InlineData("praktijkvoorbeeld", "praktijkvoorbeelden/aanpak-van-witwassen-een-stappenplan.md")]
    [InlineData("kenniskring", "kenniskringen/aanpak-van-witwassen-een-stappenplan/index.md")]
    [InlineData("publicatie", "publicaties/aanpak-van-witwassen-een-stappenplan.md")]
    [InlineData("begrip", "begrippen/aanpak-van-witwassen-een-stappenplan.md")]
    public async Task New_then_check_then_build_succeeds(string type, string expectedPath)
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);

        using var console = new ConsoleCapture();
        Assert.Equal(0, NewCommand.Run(Arguments.Parse(["new", type, "Aanpak van witwassen: een stappenplan", "--content", content]), new DateOnly(2026, 11, 23)));
        var created = File.ReadAllText(Path.Combine(content, expectedPath));

        Assert.Contains("title: \"Aanpak van witwassen: een stappenplan\"", created);
        Assert.Contains("date: 2026-11-23", created);
        Assert.Contains("# ", created);
        Assert.Equal(0, CheckCommand.Run(Arguments.Parse(["check", "--content", content])));
        Assert.Equal(0, await BuildCommand.RunAsync(Arguments.Parse(["build", "--content", content, "--output", temp["_site"]])));
        Assert.True(File.Exists(Path.Combine(temp["_site"], "public", expectedPath.Replace("/index.md", "").Replace(".md", ""), "index.html")));
    }

    [Fact]
    public void New_meeting_goes_into_its_circle_with_the_date_in_the_name()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);

        using var console = new ConsoleCapture();
        Assert.Equal(0, NewCommand.Run(Arguments.Parse(["new", "bijeenkomst", "Derde bijeenkomst", "--kring", "vastgoed", "--content", content]), new DateOnly(2026, 11, 23)));

        Assert.True(File.Exists(Path.Combine(content, "kenniskringen/vastgoed/2026-11-23-derde-bijeenkomst.md")));
        Assert.Equal(0, CheckCommand.Run(Arguments.Parse(["check", "--content", content])));
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_page()
    {
        using var temp = new TempFolder();
        var content = ContentWithTemplates(temp);

        using var console = new ConsoleCapture();
        Assert.Equal(1, NewCommand.Run(Arguments.Parse(["new", "handreiking", "Damocles menukaart", "--content", content]), new DateOnly(2026, 11, 23)));
        Assert.Contains("already exists", console.Error);
    }

    [Fact]
    public void New_with_an_unknown_type_explains_the_types()
    {
        using var temp = new TempFolder();
        using var console = new ConsoleCapture();

        Assert.Equal(2, NewCommand.Run(Arguments.Parse(["new", "handleiding", "Iets", "--content", temp.Path]), new DateOnly(2026, 11, 23)));
        Assert.Contains("types: thema, regio, praktijkvoorbeeld, handreiking", console.Error);
    }
}
