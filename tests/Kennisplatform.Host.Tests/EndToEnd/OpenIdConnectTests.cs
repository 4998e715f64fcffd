using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using Kennisplatform.Testing.Identity;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>Sign-in with a real OpenID Connect provider (OpenIddict) through real HTTP, as a browser without JavaScript.</summary>
[Collection(ClosedPartCollection.Name)]
public class OpenIdConnectTests(ClosedPartFixture closed, IdentityProviderFixture providers, OpenIdConnectFixture oidc) : IClassFixture<OpenIdConnectFixture>
{
    private const string Page = "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/";

    private async Task<(HttpClient Browser, ProviderUser User)> StartAsync(string organisation, bool inIdToken)
    {
        await oidc.StartAsync(closed, providers);
        var user = oidc.Provider.AddUser("p-" + Guid.NewGuid().ToString("N")[..10], "Piet Provider", organisation, inIdToken);
        return (oidc.Browser(), user);
    }

    // The platform's "sign in with your organisation" button: it leads to the provider's sign-in page.
    private static async Task<HttpResponseMessage> ToProviderAsync(HttpClient browser, string returnUrl = Page) =>
        await browser.GetAsync("/inloggen/extern?returnUrl=" + Uri.EscapeDataString(returnUrl));

    private static bool IsProviderSignIn(HttpResponseMessage response, OpenIdConnectFixture oidc) =>
        response.RequestMessage!.RequestUri!.Authority == oidc.Provider.Authority.Authority &&
        response.RequestMessage.RequestUri.AbsolutePath == "/login";

    // Signs in at the provider's page and follows the redirects back through the platform's callback.
    private async Task<HttpResponseMessage> SignInAsync(HttpClient browser, ProviderUser user, string returnUrl = Page)
    {
        var page = await ToProviderAsync(browser, returnUrl);
        Assert.True(IsProviderSignIn(page, oidc),
            $"expected the provider's sign-in page, got {(int)page.StatusCode} {page.RequestMessage!.RequestUri}: {await page.Content.ReadAsStringAsync()}");
        var back = HttpUtility.ParseQueryString(page.RequestMessage!.RequestUri!.Query)["returnUrl"]!;
        return await browser.PostAsync(new Uri(oidc.Provider.Authority, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = user.Subject, ["returnUrl"] = back,
        }));
    }

    private static string PathOf(HttpResponseMessage response) => response.RequestMessage!.RequestUri!.AbsolutePath;

    [Fact]
    public async Task A_covenant_partner_signs_in_at_the_provider_with_code_and_pkce_and_reads_the_closed_page()
    {
        var (browser, user) = await StartAsync("Politie", inIdToken: true);

        var response = await SignInAsync(browser, user);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Uri(oidc.Host, Page), response.RequestMessage!.RequestUri);
        Assert.Contains(ClosedPartFixture.Marker, await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(oidc.Provider.CodeChallengeMethods);
        Assert.All(oidc.Provider.CodeChallengeMethods, method => Assert.Equal("S256", method));
    }

    [Fact]
    public async Task The_session_cookie_with_the_providers_tokens_fits_in_one_header_line_of_nginx()
    {
        await oidc.StartAsync(closed, providers);
        var user = oidc.Provider.AddUser("p-" + Guid.NewGuid().ToString("N")[..10], "Piet Provider", "Douane", organisationInIdToken: true);
        var cookies = new CookieContainer();
        var browser = oidc.Browser(cookies);

        await SignInAsync(browser, user);
        var header = cookies.GetCookieHeader(oidc.Host);

        Assert.Contains("kp-sessie", header);
        Assert.True(header.Length < 8 * 1024, $"Cookie header of {header.Length} bytes; nginx's large_client_header_buffers line is 8 KiB");
    }

    [Fact]
    public async Task An_organisation_given_only_by_userinfo_admits_to_the_closed_part()
    {
        var (browser, user) = await StartAsync("Gemeente Tilburg", inIdToken: false);

        var response = await SignInAsync(browser, user);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ClosedPartFixture.Marker, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Someone_of_an_organisation_outside_the_covenant_is_refused_after_signing_in_at_the_provider(bool inIdToken)
    {
        var (browser, user) = await StartAsync("Stichting Voorbeeld", inIdToken);

        var response = await SignInAsync(browser, user);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Page, PathOf(response));
        Assert.DoesNotContain(ClosedPartFixture.Marker, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_providers_session_so_the_next_sign_in_asks_at_the_provider_again()
    {
        var (browser, user) = await StartAsync("Openbaar Ministerie", inIdToken: true);
        await SignInAsync(browser, user);
        // While the provider's session lasts, going through the provider again needs no sign-in there.
        var again = await ToProviderAsync(browser);
        Assert.Equal(Page, PathOf(again));
        var ended = oidc.Provider.EndedSessions;

        var signOut = await browser.PostAsync("/uitloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__kp_token"] = await FormToken.FetchAsync(browser, "/uitloggen"),
        }));
        var closedPage = await browser.GetAsync(Page);
        var next = await ToProviderAsync(browser);

        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
        Assert.Equal(new Uri(oidc.Host, "/"), signOut.RequestMessage!.RequestUri);
        Assert.Equal(ended + 1, oidc.Provider.EndedSessions);
        Assert.Equal("/inloggen", PathOf(closedPage));
        Assert.True(IsProviderSignIn(next, oidc), $"expected the provider's sign-in page, got {next.RequestMessage!.RequestUri}");
        Assert.Equal(1, oidc.Provider.SignIns(user));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_session_whose_organisation_changed_at_the_provider_loses_access_within_the_recheck_interval(bool inIdToken)
    {
        var (browser, user) = await StartAsync("Belastingdienst", inIdToken);
        var before = await SignInAsync(browser, user);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        user.Organisation = "Stichting Voorbeeld";
        oidc.PassRecheckInterval();
        var after = await browser.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.DoesNotContain(ClosedPartFixture.Marker, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_session_the_provider_no_longer_confirms_ends_within_the_recheck_interval()
    {
        var (browser, user) = await StartAsync("FIOD", inIdToken: false);
        await SignInAsync(browser, user);
        var refreshes = oidc.Provider.Refreshes;

        oidc.PassRecheckInterval();
        var confirmed = await browser.GetAsync(Page);
        user.Active = false;
        oidc.PassRecheckInterval();
        var refused = await browser.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.True(oidc.Provider.Refreshes > refreshes, "the re-check used the refresh token");
        Assert.Equal("/inloggen", PathOf(refused));
        Assert.DoesNotContain(ClosedPartFixture.Marker, await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_session_ends_within_the_recheck_interval_when_the_provider_cannot_be_reached()
    {
        var (browser, user) = await StartAsync("Koninklijke Marechaussee", inIdToken: true);
        await SignInAsync(browser, user);

        oidc.Provider.Unreachable = true;
        try
        {
            oidc.PassRecheckInterval();
            var refused = await browser.GetAsync(Page);

            Assert.Equal("/inloggen", PathOf(refused));
            Assert.DoesNotContain(ClosedPartFixture.Marker, await refused.Content.ReadAsStringAsync());
        }
        finally
        {
            oidc.Provider.Unreachable = false;
        }
    }
}
