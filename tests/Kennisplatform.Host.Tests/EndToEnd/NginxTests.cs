using System.Net;
using System.Text.RegularExpressions;

namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>The deployment of deploy/nginx.conf: TLS at nginx, two hosts behind it, each client from its own address.</summary>
[Collection(ClosedPartCollection.Name)]
public class NginxTests(ClosedPartFixture closed, IdentityProviderFixture providers, NginxFixture nginx) : IClassFixture<NginxFixture>
{
    private const string Page = "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/";

    private async Task<HttpClient> ClientAsync(int client)
    {
        await nginx.StartAsync(closed, providers);
        return nginx.Client(client);
    }

    private static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string token, string user, string password) =>
        client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__kp_token"] = token, ["gebruikersnaam"] = user, ["wachtwoord"] = password, ["returnUrl"] = Page,
        }));

    [Fact]
    public async Task A_covenant_partner_signs_in_over_https_and_reads_a_closed_page_with_hsts()
    {
        var client = await ClientAsync(10);

        var form = await client.GetAsync("/inloggen");
        var signIn = await PostSignInAsync(client, await FormToken.FetchAsync(client), "analist", "juist-wachtwoord");
        var page = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("max-age=31536000", form.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(Page, signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(ClosedPartFixture.Marker, await page.Content.ReadAsStringAsync());
    }

    // Follows redirects as a browser does (across nginx and the provider), keeping every address visited.
    private static async Task<(HttpResponseMessage Response, List<Uri> Visited)> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        var visited = new List<Uri> { response.RequestMessage!.RequestUri! };
        while ((int)response.StatusCode is >= 300 and < 400 && visited.Count < 20)
        {
            var next = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
            visited.Add(next);
            response = await client.GetAsync(next);
        }
        return (response, visited);
    }

    [Fact]
    public async Task A_covenant_partner_signs_in_through_nginx_at_the_identity_provider_and_signing_out_ends_both_sessions()
    {
        var client = await ClientAsync(50);
        var user = nginx.Provider.AddUser("n-" + Guid.NewGuid().ToString("N")[..10], "Nina Nginx", "Politie", organisationInIdToken: false);
        var callback = new Uri(nginx.Https, "/signin-oidc");

        var (login, _) = await FollowAsync(client, await client.GetAsync("/inloggen/extern?returnUrl=" + Uri.EscapeDataString(Page)));
        var returnUrl = System.Web.HttpUtility.ParseQueryString(login.RequestMessage!.RequestUri!.Query)["returnUrl"]!;
        var (page, visited) = await FollowAsync(client, await client.PostAsync(new Uri(nginx.Provider.Authority, "/login"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = user.Subject, ["returnUrl"] = returnUrl })));
        var ended = nginx.Provider.EndedSessions; // the provider serves other test classes too
        var (home, _) = await FollowAsync(client, await client.PostAsync("/uitloggen", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__kp_token"] = await FormToken.FetchAsync(client, "/uitloggen") })));
        var (again, _) = await FollowAsync(client, await client.GetAsync("/inloggen/extern"));

        Assert.Equal("/login", login.RequestMessage.RequestUri.AbsolutePath);
        // Behind nginx the host asks the provider to send the browser back over https to the public address.
        Assert.Equal(callback.ToString(), System.Web.HttpUtility.ParseQueryString(new Uri(nginx.Provider.Authority, returnUrl).Query)["redirect_uri"]);
        Assert.Contains(visited, uri => uri.GetLeftPart(UriPartial.Path) == callback.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(new Uri(nginx.Https, Page), page.RequestMessage!.RequestUri);
        Assert.Contains(ClosedPartFixture.Marker, await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(new Uri(nginx.Https, "/"), home.RequestMessage!.RequestUri);
        Assert.Equal(ended + 1, nginx.Provider.EndedSessions);
        Assert.Equal("/login", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Plain_http_is_sent_to_https()
    {
        await nginx.StartAsync(closed, providers);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(nginx.Http, "/inloggen"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(new Uri(nginx.Https, "/inloggen"), response.Headers.Location);
    }

    [Fact]
    public async Task Someone_of_another_organisation_is_refused()
    {
        var client = await ClientAsync(11);

        Assert.Equal(HttpStatusCode.Redirect, (await PostSignInAsync(client, await FormToken.FetchAsync(client), "buitenstaander", "ander-wachtwoord")).StatusCode);
        var page = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain(ClosedPartFixture.Marker, await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_search_limit_holds_one_busy_client_back_and_not_another()
    {
        var busy = await ClientAsync(20);
        var calm = nginx.Client(21);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => busy.GetAsync(i % 2 == 0 ? "/zoeken?q=vastgoed" : "/API/ZOEKEN/?q=vastgoed")));
        var other = await calm.GetAsync("/api/zoeken?q=vastgoed");

        Assert.Contains(statuses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_limit_of_nginx_holds_for_every_spelling_of_the_path()
    {
        var client = await ClientAsync(25);

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/INLOGGEN", "/inloggen/", "/Inloggen/", "/inloggen" })
        {
            for (var i = 0; i < 3; i++) statuses.Add((await client.GetAsync(path)).StatusCode);
        }

        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Guessing_names_locks_out_the_guessing_client_only()
    {
        var guesser = await ClientAsync(30);
        var colleague = nginx.Client(31);

        var token = await FormToken.FetchAsync(guesser);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await PostSignInAsync(guesser, token, $"naam{i}", "fout")).StatusCode);
        var locked = await PostSignInAsync(guesser, token, "analist", "juist-wachtwoord");
        var other = await PostSignInAsync(colleague, await FormToken.FetchAsync(colleague), "analist", "juist-wachtwoord");

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Te veel mislukte pogingen", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Theory]
    [InlineData("GET", Page)]
    [InlineData("HEAD", Page)]
    [InlineData("GET", "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier")]
    [InlineData("GET", "/BESLOTEN/praktijkvoorbeelden/vertrouwelijk-dossier/")]
    [InlineData("GET", "/Besloten/Praktijkvoorbeelden/Vertrouwelijk-Dossier/")]
    [InlineData("GET", "/%62esloten/praktijkvoorbeelden/vertrouwelijk-dossier/")]
    [InlineData("GET", "//besloten/praktijkvoorbeelden/vertrouwelijk-dossier/")]
    [InlineData("GET", "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/index.html")]
    [InlineData("GET", "/besloten/netwerk/")]
    [InlineData("GET", "/restricted/pages/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/index.html")]
    [InlineData("GET", "/public/../restricted/pages/besloten/")]
    [InlineData("GET", "/zoeken?q=" + ClosedPartFixture.Marker)]
    [InlineData("GET", "/api/zoeken?q=" + ClosedPartFixture.Marker)]
    public async Task No_closed_content_reaches_an_anonymous_client_through_any_path_variant(string method, string path)
    {
        var client = await ClientAsync(40);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(nginx.Https + path.TrimStart('/'))));
        var body = await response.Content.ReadAsStringAsync();

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("/besloten/praktijkvoorbeelden/", body);
        if (path.StartsWith("/zoeken") || path.StartsWith("/api/"))
        {
            Assert.Matches("\"total\":0|0 resultaten", body); // the query is echoed; no closed result or count is
            return;
        }
        Assert.DoesNotContain(ClosedPartFixture.Marker, body);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.StartsWith("/inloggen", response.Headers.Location!.OriginalString);
    }
}
