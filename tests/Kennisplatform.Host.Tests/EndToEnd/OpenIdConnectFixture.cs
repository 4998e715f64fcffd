using System.Net;
using Kennisplatform.Testing.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>
/// A real host on a free loopback port, configured to sign in with the collection's real OpenID Connect provider
/// (<see cref="TestIdentityProvider"/>), over the closed part's fixture site; its clock is one the tests move forward.
/// Started once for the test class.
/// </summary>
public sealed class OpenIdConnectFixture : IAsyncLifetime
{
    /// <summary>The re-check interval of the test host (the default), which the tests pass by moving the clock.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _start = new(1, 1);
    private WebApplication? _host;

    /// <summary>The identity provider.</summary>
    public TestIdentityProvider Provider { get; private set; } = default!;

    /// <summary>The host's address.</summary>
    public Uri Host { get; private set; } = default!;

    /// <summary>The host's clock.</summary>
    public ShiftedClock Clock { get; } = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Starts the host (and the provider, if no other class did) on first use.</summary>
    public async Task StartAsync(ClosedPartFixture closed, IdentityProviderFixture providers)
    {
        await _start.WaitAsync();
        try
        {
            if (_host is not null) return;
            Provider = await providers.StartAsync();
            (_host, Host) = await KestrelHost.StartAsync([
                $"--Site:Path={closed.Site}",
                $"--Toegang:UsersFile={closed.UsersFile}",
                $"--Toegang:OpenIdConnect:Authority={Provider.Authority}",
                $"--Toegang:OpenIdConnect:ClientId={TestIdentityProvider.ClientId}",
                $"--Toegang:OpenIdConnect:ClientSecret={TestIdentityProvider.ClientSecret}",
                $"--Toegang:OpenIdConnect:OrganisationClaim={TestIdentityProvider.OrganisationClaim}",
                $"--Toegang:OpenIdConnect:RecheckInterval={RecheckInterval}"],
                services => services.AddSingleton<TimeProvider>(Clock));
            await Provider.RegisterClientAsync(Host);
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>A browser without JavaScript: keeps cookies (for the host and the provider) and follows redirects.</summary>
    public HttpClient Browser(CookieContainer? cookies = null) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        UseCookies = true,
        CookieContainer = cookies ?? new CookieContainer(),
    }) { BaseAddress = Host };

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }
    }

    /// <summary>Moves the host's clock just past the re-check interval, as if that time had gone by.</summary>
    public void PassRecheckInterval() => Clock.Advance(RecheckInterval + TimeSpan.FromSeconds(1));
}
