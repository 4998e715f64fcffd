using System.Text.Json;
using Kennisplatform.Testing;

namespace Kennisplatform.Cli.Tests;

public class BuildCommandTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task Report_option_writes_the_figures_of_a_failed_build_with_its_first_error()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        Fixtures.Write(content, "over.md", "---\ntitle: Over\nsummary: S\ndate: 2024-13-01\n---\n");
        var figuresFile = temp["figures.json"];

        using var console = new ConsoleCapture();
        var exit = await CommandLine.RunAsync(["build", "--content", content, "--output", temp["_site"], "--report", figuresFile], Today);

        Assert.Equal(1, exit);
        var figures = JsonSerializer.Deserialize<BuildFigures>(File.ReadAllText(figuresFile), BuildFigures.Json)!;
        Assert.False(figures.Succeeded);
        Assert.Equal(1, figures.Errors);
        Assert.Contains("over.md:4:7: error: invalid date '2024-13-01'", figures.FirstError);
        Assert.NotEmpty(figures.Phases);
        Assert.True(figures.CpuSeconds > 0 && figures.BuildSeconds > 0 && figures.PeakWorkingSetBytes > 0 && figures.AllocatedBytes > 0);
    }

}
