using Kennisplatform.Testing.Identity;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>
/// One real OpenID Connect provider for the closed part's test classes (the OpenID Connect and nginx tests sign in
/// through it, each with hosts of its own): started on first use, so that classes that need none pay nothing.
/// </summary>
public sealed class IdentityProviderFixture : IAsyncLifetime
{
    private readonly Lazy<Task<TestIdentityProvider>> _provider = new(TestIdentityProvider.StartAsync);

    /// <summary>The provider, started on the first call.</summary>
    public Task<TestIdentityProvider> StartAsync() => _provider.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_provider.IsValueCreated && _provider.Value.IsCompletedSuccessfully) await _provider.Value.Result.DisposeAsync();
    }
}
