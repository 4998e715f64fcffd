using Kennisplatform.Build;
using Kennisplatform.Testing;

namespace Kennisplatform.Cli.Tests;

public class ContentWatcherTests
{
    [Fact]
    public async Task A_rebuild_that_throws_is_reported_and_watching_goes_on()
    {
        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        // The output's parent is a file, so every build throws until it is removed.
        var blocker = temp["blokkade"];
        File.WriteAllText(blocker, "");
        var output = Path.Combine(blocker, "_site");
        using var console = new ConsoleCapture();
        using var stop = new CancellationTokenSource();
        using var watcher = new ContentWatcher(new BuildOptions(content, output));

        var watching = watcher.RunAsync(stop.Token);
        await WaitUntilAsync(() => console.Error.Contains("Build failed"), watching);
        File.Delete(blocker);
        Fixtures.Write(content, "over.md", "---\ntitle: Over ons\nsummary: Over het platform.\ndate: 2024\n---\nTekst.\n");
        await WaitUntilAsync(() => Directory.Exists(Path.Combine(output, "public")), watching);
        await stop.CancelAsync();

        Assert.Contains("still watching", console.Error);
        Assert.True(File.Exists(Path.Combine(output, "public", "over", "index.html")));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Task watching)
    {
        for (var waited = 0; !condition(); waited += 100)
        {
            Assert.False(watching.IsCompleted, $"watching ended: {watching.Exception?.InnerException?.Message}");
            Assert.True(waited < 120_000, "timed out");
            await Task.Delay(100);
        }
    }
}
