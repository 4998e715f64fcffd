using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>The build runs on all cores, yet the same content gives the same site, byte for byte.</summary>
public sealed class DeterministicBuildTests
{
    [Fact]
    public async Task Two_builds_of_the_same_content_are_identical_file_for_file()
    {
        using var temp = new TempFolder();
        // Index parts of about two documents, so that the fixture's index is written in several parts in parallel.
        var first = await new SiteBuilder().BuildAsync(new BuildOptions(Fixtures.ContentFolder, temp["a/_site"], IndexPartSize: 2));
        var second = await new SiteBuilder().BuildAsync(new BuildOptions(Fixtures.ContentFolder, temp["b/_site"], IndexPartSize: 2));

        Assert.True(first.Succeeded && second.Succeeded);
        SiteComparison.AssertIdentical(temp["a/_site"], temp["b/_site"]);
    }
}
