using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host;

/// <summary>
/// Forwarded headers as ASP.NET Core documents them for a proxy that terminates TLS: client address and scheme from
/// the configured proxies only, one hop (nginx appends the address it saw, so the last entry is the real client).
/// </summary>
public static class ForwardedHeadersSetup
{
    /// <summary>Binds <see cref="ProxyOptions"/> and derives the framework's forwarded-headers options from them.</summary>
    public static void AddTrustedProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().Bind(builder.Configuration.GetSection(ProxyOptions.Section))
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Proxy:KnownProxies holds an entry that is not an IP address")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Proxy:KnownNetworks holds an entry that is not a network such as 10.0.0.0/24")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            // The framework trusts loopback by default; here only what the operator configured is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in proxy.Value.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }

    /// <summary>
    /// First in the pipeline, so that everything after it sees the real client. Without configured proxies it is left
    /// out: with empty lists the framework would trust every peer.
    /// </summary>
    public static void UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Any) app.UseForwardedHeaders();
    }
}
