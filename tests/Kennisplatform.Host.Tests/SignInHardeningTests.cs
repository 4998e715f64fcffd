using System.Net;

namespace Kennisplatform.Host.Tests;

/// <summary>Attacks on sign-in and the closed part's edges, tried against the in-memory host.</summary>
[Collection(ClosedPartCollection.Name)]
public class SignInHardeningTests(ClosedPartFixture closed)
{
    private const string Page = "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/";

    [Theory]
    [InlineData("/%09/evil.example/")]
    [InlineData("/%0A/evil.example/")]
    [InlineData("/caf%C3%A9/")]
    public async Task A_return_address_with_control_or_other_characters_leads_to_the_closed_part_and_never_to_500(string returnUrl)
    {
        var client = closed.Client();

        var form = await client.GetAsync("/inloggen?returnUrl=" + returnUrl);
        var signIn = await ClosedPartFixture.SignInAsync(client, "analist", "juist-wachtwoord", Uri.UnescapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("/besloten/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Head_on_a_closed_page_is_authorised_like_get()
    {
        var anonymous = await closed.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, Page));
        var partner = closed.Client();
        await ClosedPartFixture.SignInAsync(partner, "analist", "juist-wachtwoord");
        var allowed = await partner.SendAsync(new HttpRequestMessage(HttpMethod.Head, Page));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("no-store", allowed.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_refusal_page_is_not_cached_and_names_nobody()
    {
        var client = closed.Client();
        await ClosedPartFixture.SignInAsync(client, "buitenstaander", "ander-wachtwoord");

        var refused = await client.GetAsync(Page);
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("no-store", refused.Headers.CacheControl!.ToString());
        Assert.DoesNotContain("Iemand Anders", body);
        Assert.DoesNotContain("Stichting Voorbeeld", body);
    }

    [Fact]
    public async Task A_spoofed_host_header_does_not_choose_where_sign_in_sends_people()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.Host = "evil.example";

        var response = await closed.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen?", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task With_allowed_hosts_set_a_request_for_another_host_is_refused()
    {
        var host = closed.Host(("AllowedHosts", "www.kennisplatform.test"));
        var client = host.CreateClient(new() { BaseAddress = new Uri("https://www.kennisplatform.test"), AllowAutoRedirect = false });
        var other = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        other.Headers.Host = "evil.example";

        var allowed = await client.GetAsync("/inloggen");
        var refused = await client.SendAsync(other);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Fifteen_parallel_wrong_passwords_get_exactly_five_checked()
    {
        var host = closed.Host();
        var client = host.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/inloggen");
        var token = FormToken.In(form);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 15).Select(i => client.PostAsync("/inloggen",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__kp_token"] = token, ["gebruikersnaam"] = "vergeetachtig", ["wachtwoord"] = $"fout{i}",
            }))));

        Assert.Equal(5, statuses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(10, statuses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Newlines_in_a_path_or_a_user_name_cannot_forge_log_lines()
    {
        var client = closed.Client();

        await client.GetAsync("/bestaat-niet%0Aaudit%20page%20vervalst/");
        await ClosedPartFixture.SignInAsync(client, "iemand\naudit sign-in analist from 1.2.3.4 at now: gelukt", "fout");

        Assert.Contains(closed.Log, l => l.Contains("/bestaat-niet%0Aaudit%20page%20vervalst/"));
        Assert.Contains(closed.Log, l => l.Contains("iemand\\u000aaudit sign-in analist"));
        Assert.DoesNotContain(closed.Log, l => l.Contains('\n'));
    }
}
