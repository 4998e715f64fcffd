namespace Kennisplatform.Host;

/// <summary>
/// The reverse proxies in front of the host (configuration section <c>Proxy</c>). Only requests from these addresses
/// may say who the client is and whether it came over HTTPS (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>).
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Proxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>127.0.0.1</c> for nginx on the same machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>True when at least one proxy is trusted; without one, forwarded headers are ignored.</summary>
    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
