using Kennisplatform.Testing.Identity;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>
/// One real OpenID Connect provider for the closed part's test classes (the OpenID Connect and nginx tests sign in
/// through it, each with hosts of their own). It starts when the first class asks for it, so that a run of only the
/// other classes of the collection does not pay for its start (its keys and seconds of first-request work in OpenIddict).
/// </summary>
public sealed class IdentityProviderFixture : IAsyncLifetime
{
    private readonly Lazy<Task<TestIdentityProvider>> _provider = new(() => Task.Run(TestIdentityProvider.StartAsync));

    /// <summary>The provider, once it has started.</summary>
    public Task<TestIdentityProvider> StartAsync() => _provider.Value;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (!_provider.IsValueCreated) return;
        try
        {
            await (await _provider.Value).DisposeAsync();
        }
        catch (Exception) when (!_provider.Value.IsCompletedSuccessfully)
        {
            // It never started: a class that needed it has already failed with the reason.
        }
    }
}
