using Kennisplatform.Build;
using Kennisplatform.Contracts;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>The tests share one build; each edits its own copy of the content, pointed at by the build's state.</summary>
public class PreviewUpdateTests(BuiltFixtureSite built) : IClassFixture<BuiltFixtureSite>
{
    private (TempFolder Temp, string Content, BuildState State) Edited()
    {
        var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"], built.Content);
        var state = built.Builder.LastBuild!;
        return (temp, content, state with { Options = state.Options with { ContentFolder = content } });
    }

    [Fact]
    public async Task An_edit_to_one_page_is_written_into_the_current_build_at_once()
    {
        var (temp, content, state) = Edited();
        using var _ = temp;
        var file = Path.Combine(content, "handreikingen", "damocles-menukaart.md");
        File.AppendAllText(file, "\nEen nieuwe alinea voor de voorvertoning.\n");

        Assert.True(await new PreviewUpdate().TryAsync(state, "handreikingen/damocles-menukaart.md"));

        var page = File.ReadAllText(built["public/handreikingen/damocles-menukaart/index.html"]);
        Assert.Contains("Een nieuwe alinea voor de voorvertoning.", page);
        Assert.False(File.Exists(built["public/handreikingen/damocles-menukaart/index.html.br"]));
        Assert.True(File.Exists(built[BuildLayout.PreviewStampFile]));
    }

    [Theory]
    [InlineData("handreikingen/damocles-menukaart.md", "\nZie [kapot](/bestaat-niet/).\n")]
    [InlineData("handreikingen/damocles-menukaart.md", "---\n")]
    public async Task An_edit_with_an_error_is_left_to_the_full_build_which_reports_it(string path, string append)
    {
        var (temp, content, state) = Edited();
        using var _ = temp;
        var before = File.ReadAllText(built["public/handreikingen/damocles-menukaart/index.html"]);
        File.WriteAllText(Path.Combine(content, path), append.StartsWith("---") ? append : File.ReadAllText(Path.Combine(content, path)) + append);

        Assert.False(await new PreviewUpdate().TryAsync(state, path));
        Assert.Equal(before, File.ReadAllText(built["public/handreikingen/damocles-menukaart/index.html"]));
    }

    [Fact]
    public async Task A_new_page_needs_a_full_build()
    {
        var (temp, content, state) = Edited();
        using var _ = temp;
        Fixtures.Write(content, "over-ons.md", "---\ntitle: Over ons\nsummary: S\ndate: 2024\n---\n");

        Assert.False(await new PreviewUpdate().TryAsync(state, "over-ons.md"));
    }
}
