using System.Net;
using System.Text.RegularExpressions;

namespace Kennisplatform.Host.Tests;

/// <summary>The host behind a TLS-terminating proxy (10.0.0.1), and reached directly on this machine.</summary>
[Collection(ClosedPartCollection.Name)]
public class ForwardedHeadersTests(ClosedPartFixture closed)
{
    private const string Proxy = "10.0.0.1";
    private const string Page = "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/";

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync("/inloggen");
        var token = FormToken.In(form);
        return await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__kp_token"] = token, ["gebruikersnaam"] = user, ["wachtwoord"] = password, ["returnUrl"] = Page,
        }));
    }

    [Fact]
    public async Task Behind_the_configured_proxy_sign_in_works_with_secure_cookies_hsts_and_the_clients_address()
    {
        var host = closed.Host(("Proxy:KnownProxies:0", Proxy));
        var (client, cookies) = ClosedPartFixture.PeerClient(host, Proxy, "203.0.113.5");

        var login = await client.GetAsync(Page);
        var form = await client.GetAsync("/inloggen");
        var formCookies = cookies.LastSetCookies;
        var signIn = await SignInAsync(client, "analist", "juist-wachtwoord");
        var page = await client.GetAsync(Page);

        Assert.StartsWith("/inloggen?returnUrl=", login.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("max-age=31536000", form.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains(formCookies, c => c.StartsWith("kp-af=") && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(closed.Log, l => l.Contains("audit sign-in analist from 203.0.113.5"));
    }

    [Fact]
    public async Task On_plain_http_on_this_machine_the_sign_in_form_works()
    {
        var host = closed.Host();
        var (client, cookies) = ClosedPartFixture.PeerClient(host, "127.0.0.1");

        var form = await client.GetAsync("/inloggen");
        var formCookies = cookies.LastSetCookies;
        var signIn = await SignInAsync(client, "analist", "juist-wachtwoord");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains(formCookies, c => c.StartsWith("kp-af="));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(Page, signIn.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Over_plain_http_from_elsewhere_sign_in_is_refused_with_a_friendly_page_and_no_cookie()
    {
        var host = closed.Host(("Proxy:KnownProxies:0", Proxy));
        var (client, cookies) = ClosedPartFixture.PeerClient(host, "198.51.100.7", forwardedFor: "203.0.113.9");

        var form = await client.GetAsync("/inloggen");

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Contains("beveiligde verbinding", await form.Content.ReadAsStringAsync());
        Assert.Empty(cookies.LastSetCookies);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_search_limit_applies_per_real_client_and_a_spoofed_forwarded_address_does_not_escape_it()
    {
        var host = closed.Host(("Proxy:KnownProxies:0", Proxy), ("Zoeken:Burst", "2"), ("Zoeken:PerMinute", "6"));
        var (busy, _) = ClosedPartFixture.PeerClient(host, Proxy, "203.0.113.1");
        var (calm, _) = ClosedPartFixture.PeerClient(host, Proxy, "203.0.113.2");
        var spoofer = new List<HttpStatusCode>();

        var busyStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) busyStatuses.Add((await busy.GetAsync("/api/zoeken?q=vastgoed")).StatusCode);
        var calmStatus = (await calm.GetAsync("/api/zoeken?q=vastgoed")).StatusCode;
        for (var i = 0; i < 3; i++)
        {
            // Straight to the host, not through the proxy: a new made-up client address on every request.
            var (direct, _) = ClosedPartFixture.PeerClient(host, "198.51.100.7", forwardedFor: $"192.0.2.{i}");
            spoofer.Add((await direct.GetAsync("/api/zoeken?q=vastgoed")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], busyStatuses);
        Assert.Equal(HttpStatusCode.OK, calmStatus);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], spoofer);
    }

    [Fact]
    public async Task The_address_lockout_applies_per_real_client()
    {
        var host = closed.Host(("Proxy:KnownProxies:0", Proxy), ("Toegang:AddressLockoutAttempts", "3"));
        var (guesser, _) = ClosedPartFixture.PeerClient(host, Proxy, "203.0.113.66");
        var (colleague, _) = ClosedPartFixture.PeerClient(host, Proxy, "203.0.113.77");

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(guesser, $"naam{i}", "fout")).StatusCode);
        var locked = await SignInAsync(guesser, "analist", "juist-wachtwoord");
        var other = await SignInAsync(colleague, "analist", "juist-wachtwoord");

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains(closed.Log, l => l.Contains("audit sign-in naam0 from 203.0.113.66"));
    }
}
