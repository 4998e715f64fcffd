using Kennisplatform.Testing;

namespace Kennisplatform.Host.Tests;

/// <summary>Test classes sharing one build of the fixture content and one in-memory host of it.</summary>
[CollectionDefinition(Name)]
public sealed class SiteHostCollection : ICollectionFixture<SiteHostFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "site host";
}

/// <summary>Builds the fixture content once and hosts it in memory, for all the classes of <see cref="SiteHostCollection"/>.</summary>
public sealed class SiteHostFixture : HostedSiteFixture
{
    // Built where it is: the build only reads its content.
    protected override string CreateContent() => Fixtures.ContentFolder;
}
