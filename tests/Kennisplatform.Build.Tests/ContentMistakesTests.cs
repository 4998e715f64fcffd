using Kennisplatform.Build;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// One fixture per mistake an editor can make (tests/fixtures/mistakes/NAME/): its files are laid over the fixture
/// content, and expected.txt holds the exact diagnostics. The build must fail with them and publish nothing.
/// </summary>
public class ContentMistakesTests(BuiltFixtureSite built) : IClassFixture<BuiltFixtureSite>
{
    private static string MistakesFolder => Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "mistakes");

    public static TheoryData<string> Mistakes()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(MistakesFolder).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(folder));
        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Each_mistake_gives_its_diagnostic_at_file_and_line_and_publishes_nothing(string mistake)
    {
        // Each mistake is laid over its own copy of the content and built onto the one published fixture site.
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        var before = Snapshot(built.Site);

        var mistakeFolder = Path.Combine(MistakesFolder, mistake);
        foreach (var file in Directory.EnumerateFiles(mistakeFolder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "expected.txt"))
        {
            var target = Path.Combine(content, Path.GetRelativePath(mistakeFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        var report = await new SiteBuilder().BuildAsync(new BuildOptions(content, built.Site, DutchWordList.All));

        var expected = File.ReadAllLines(Path.Combine(mistakeFolder, "expected.txt")).Where(l => l.Length > 0);
        var actual = report.Diagnostics.Select(d => (d with { Path = "content/" + d.Path }).ToString());
        Assert.False(report.Succeeded);
        Assert.Equal(expected, actual);
        Assert.Equal(before, Snapshot(built.Site));
    }

    private static Dictionary<string, string> Snapshot(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
