using Kennisplatform.Build;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// A copy of the fixture content, built once per test class that takes it (<c>IClassFixture</c>): the tests that read a
/// build, or change one page of it, share this build instead of each making their own.
/// </summary>
public sealed class BuiltFixtureSite : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    /// <summary>The builder that made the site (its <see cref="SiteBuilder.LastBuild"/> is this build).</summary>
    public SiteBuilder Builder { get; } = new();

    /// <summary>The report of the build.</summary>
    public BuildReport Report { get; private set; } = default!;

    /// <summary>The content folder the site was built from.</summary>
    public string Content => _temp["content"];

    /// <summary>The built site (the link to the build folder).</summary>
    public string Site => _temp["_site"];

    /// <summary>A path under the site.</summary>
    public string this[string relative] => Path.Combine(Site, relative);

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Fixtures.CopyContent(Content);
        Report = await Builder.BuildAsync(new BuildOptions(Content, Site, DutchWordList.All));
        Assert.True(Report.Succeeded, string.Join("\n", Report.Diagnostics));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
