using Kennisplatform.Testing.Identity;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>
/// One real OpenID Connect provider for the closed part's test classes (the OpenID Connect and nginx tests sign in
/// through it, each with hosts of their own). Its start (seconds of first-request work in OpenIddict) begins with the
/// collection, in the background beside the closed part's build, and the first class that needs it waits for it.
/// </summary>
public sealed class IdentityProviderFixture : IAsyncLifetime
{
    private Task<TestIdentityProvider> _provider = default!;

    /// <summary>The provider, once it has started.</summary>
    public Task<TestIdentityProvider> StartAsync() => _provider;

    public Task InitializeAsync()
    {
        _provider = Task.Run(TestIdentityProvider.StartAsync);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        try
        {
            await (await _provider).DisposeAsync();
        }
        catch (Exception) when (!_provider.IsCompletedSuccessfully)
        {
            // It never started: a class that needed it has already failed with the reason.
        }
    }
}
