using System.Net;
using Kennisplatform.Testing.Identity;
using Microsoft.AspNetCore.Builder;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>
/// A real OpenID Connect provider (<see cref="TestIdentityProvider"/>) and a real host configured to sign in with it,
/// both on free loopback ports, over the closed part's fixture site. Started once for the test class.
/// </summary>
public sealed class OpenIdConnectFixture : IAsyncLifetime
{
    /// <summary>The re-check interval of the test host: short, so that the tests can wait it out.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _start = new(1, 1);
    private WebApplication? _host;

    /// <summary>The identity provider.</summary>
    public TestIdentityProvider Provider { get; private set; } = default!;

    /// <summary>The host's address.</summary>
    public Uri Host { get; private set; } = default!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the provider and the host on first use.</summary>
    public async Task StartAsync(ClosedPartFixture closed)
    {
        await _start.WaitAsync();
        try
        {
            if (_host is not null) return;
            Provider = await TestIdentityProvider.StartAsync();
            (_host, Host) = await KestrelHost.StartAsync(
                $"--Site:Path={closed.Site}",
                $"--Toegang:UsersFile={closed.UsersFile}",
                $"--Toegang:OpenIdConnect:Authority={Provider.Authority}",
                $"--Toegang:OpenIdConnect:ClientId={TestIdentityProvider.ClientId}",
                $"--Toegang:OpenIdConnect:ClientSecret={TestIdentityProvider.ClientSecret}",
                $"--Toegang:OpenIdConnect:OrganisationClaim={TestIdentityProvider.OrganisationClaim}",
                $"--Toegang:OpenIdConnect:RecheckInterval={RecheckInterval}");
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

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }
        if (Provider is not null) await Provider.DisposeAsync();
    }
}
