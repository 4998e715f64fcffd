using Kennisplatform.Build;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>The classes over the real site: its build is the longest setup of a run, so it starts first.</summary>
[CollectionDefinition(Name)]
[LongSetup]
public sealed class SiteContentCollection : ICollectionFixture<SiteContentBuild>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "real site";
}

/// <summary>The real content of content/ built once for all of <see cref="SiteContentTests"/>.</summary>
public sealed class SiteContentBuild : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    /// <summary>The report of the build.</summary>
    public BuildReport Report { get; private set; } = default!;

    /// <summary>A path under the built site.</summary>
    public string this[string relative] => _temp[Path.Combine("_site", relative)];

    /// <inheritdoc />
    public async ValueTask InitializeAsync() =>
        Report = await new SiteBuilder().BuildAsync(new BuildOptions(Fixtures.SiteContentFolder, _temp["_site"], DutchWordList.All));

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
