using Kennisplatform.Build;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kennisplatform.Host.Tests;

/// <summary>Test classes sharing one build of the fixture content and one in-memory host of it.</summary>
[CollectionDefinition(Name)]
public sealed class SiteHostCollection : ICollectionFixture<SiteHostFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "site host";
}

/// <summary>Builds the fixture content once and hosts it in memory, for all the classes of <see cref="SiteHostCollection"/>.</summary>
public sealed class SiteHostFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    /// <summary>The built site folder.</summary>
    public string Site => _temp["_site"];

    /// <summary>The in-memory host.</summary>
    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var report = await new SiteBuilder().BuildAsync(new BuildOptions(Fixtures.ContentFolder, Site, DutchWordList.All));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:Path", Site);
            builder.UseSetting("Zoeken:Burst", "100000"); // many tests share this host; the limit has its own test
            builder.UseContentRoot(_temp.Path);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        _temp.Dispose();
    }
}
