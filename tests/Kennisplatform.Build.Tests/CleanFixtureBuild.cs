using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// The classes whose cached builds start from the unchanged fixture content: they compare their first cached build
/// (and any step that returns to that content) with one clean build, made once for all of them.
/// </summary>
[CollectionDefinition(Name)]
[LongSetup] // its classes run one after the other, the longest stretch of the project
public sealed class CachedBuildCollection : ICollectionFixture<CleanFixtureBuild>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cached builds";
}

/// <summary>A clean build of the unchanged fixture content, with the options of <see cref="CachedBuildWorkspace.Clean"/>.</summary>
public sealed class CleanFixtureBuild : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    /// <summary>The built site.</summary>
    public string Site => _temp["_site"];

    public async ValueTask InitializeAsync()
    {
        var report = await new SiteBuilder().BuildAsync(CachedBuildWorkspace.Clean(Fixtures.CopyContent(_temp["content"]), Site));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
