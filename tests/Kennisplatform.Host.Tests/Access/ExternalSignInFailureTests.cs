using System.Net;
using Kennisplatform.Host.Access;

namespace Kennisplatform.Host.Tests.Access;

/// <summary>When the identity provider cannot be reached or its answer cannot be used, people get a page, never a 500.</summary>
[Collection(ClosedPartCollection.Name)]
public class ExternalSignInFailureTests(ClosedPartFixture closed)
{
    // Nothing listens on port 1: the provider is unreachable.
    private HttpClient Client() => closed.Host(
            ("Toegang:OpenIdConnect:Authority", "http://127.0.0.1:1/"),
            ("Toegang:OpenIdConnect:ClientId", "kennisplatform"),
            ("Toegang:OpenIdConnect:ClientSecret", "geheim"))
        .CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    [Fact]
    public async Task An_unreachable_provider_gives_the_sign_in_page_with_a_message_and_the_site_keeps_working()
    {
        using var client = Client();

        var signIn = await client.GetAsync("/inloggen/extern?returnUrl=%2Fbesloten%2F");
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(LoginEndpoints.ProviderUnavailable), await signIn.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Theory]
    [InlineData("/signin-oidc?code=abc&state=vervalst")]
    [InlineData("/signin-oidc?error=access_denied&state=vervalst")]
    [InlineData("/signin-oidc")]
    public async Task A_forged_or_failed_callback_gives_the_sign_in_page_with_a_message(string callback)
    {
        using var client = Client();

        var response = await client.GetAsync(callback);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(LoginEndpoints.ProviderFailed), await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("kp-sessie=", StringComparison.Ordinal)));
    }
}
