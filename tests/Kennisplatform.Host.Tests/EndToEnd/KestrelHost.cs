using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>The platform's host on Kestrel on a free loopback port, started as <c>kennisplatform serve</c> starts it.</summary>
public static class KestrelHost
{
    /// <summary>Starts a host with the given settings (command-line form) and returns it with its address.</summary>
    public static Task<(WebApplication App, Uri Address)> StartAsync(params string[] settings) => StartAsync(settings, services: null);

    /// <summary>Starts a host with the given settings and extra services (such as a clock the test moves).</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string[] settings, Action<IServiceCollection>? services)
    {
        var app = SiteHost.Create(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings], services);
        app.MapKennisplatform();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address));
    }
}
