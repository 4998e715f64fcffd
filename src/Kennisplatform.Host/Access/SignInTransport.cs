using System.Net;

namespace Kennisplatform.Host.Access;

/// <summary>Where passwords and session cookies may travel: over HTTPS, or over plain HTTP only on this machine.</summary>
public static class SignInTransport
{
    /// <summary>
    /// True over HTTPS (directly, or through a trusted proxy that terminated TLS), and for a browser on this machine
    /// talking to the host directly (a local preview with <c>scripts/serve.sh</c>). A request that still carries
    /// forwarded headers came through a proxy that is not trusted (<c>Proxy:KnownProxies</c>): refused, so that a
    /// missing proxy setting shows at once instead of sending cookies without <c>Secure</c>.
    /// </summary>
    public static bool IsSafe(HttpContext context) =>
        context.Request.IsHttps ||
        context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip) &&
        !context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("X-Forwarded-Proto");
}
