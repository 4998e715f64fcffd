using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Kennisplatform.Host.Tests;

/// <summary>
/// Gives in-memory requests the peer address a socket would have (header <c>X-Test-Peer</c>), before the host's own
/// pipeline runs, so that forwarded-header handling can be tested against trusted and untrusted peers.
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    /// <summary>The header naming the peer.</summary>
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.Remove(Header, out var peer)) context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
            return following(context);
        });
        next(app);
    };
}

/// <summary>
/// Keeps cookies like a browser on the site would, including <c>Secure</c> ones over an http:// test address (the
/// host sees HTTPS through the forwarded headers, the in-memory client does not).
/// </summary>
public sealed class CookieJar : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies = [];

    /// <summary>The Set-Cookie headers of the last response.</summary>
    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancel)
    {
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await base.SendAsync(request, cancel);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        foreach (var cookie in LastSetCookies)
        {
            var pair = cookie.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0) _cookies.Remove(pair[0]);
            else _cookies[pair[0]] = pair[1];
        }
        return response;
    }
}
