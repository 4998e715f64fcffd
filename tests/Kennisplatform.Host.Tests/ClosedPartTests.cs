using System.Net;
using System.Text.Json;

namespace Kennisplatform.Host.Tests;

[Collection(ClosedPartCollection.Name)]
public class ClosedPartTests(ClosedPartFixture closed)
{
    private const string Page = "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/";
    private const string Marker = ClosedPartFixture.Marker;

    [Fact]
    public void Nothing_under_public_and_nothing_in_the_public_index_contains_the_marker()
    {
        foreach (var folder in new[] { "public", "index" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(closed.Site, folder), "*", SearchOption.AllDirectories))
            {
                var bytes = File.ReadAllBytes(file);
                Assert.DoesNotContain(Marker.ToLowerInvariant(), System.Text.Encoding.UTF8.GetString(bytes).ToLowerInvariant());
            }
        }
        Assert.Contains(Marker, File.ReadAllText(Path.Combine(closed.Site, "restricted", "pages", Page.Trim('/'), "index.html")));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_for_a_closed_page()
    {
        var response = await closed.Client().GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen?returnUrl=%2Fbesloten%2F", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/Besloten/praktijkvoorbeelden/vertrouwelijk-dossier/")]
    [InlineData("/BESLOTEN/Praktijkvoorbeelden/Vertrouwelijk-Dossier/")]
    [InlineData("/Praktijkvoorbeelden/Vertrouwelijk-Dossier/")]
    public async Task Case_variants_of_a_closed_address_never_show_it_to_anonymous_users(string path)
    {
        var response = await closed.Client().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        // Either sign-in (the closed route ignores case) or not found; never the page, never a redirect to it.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.NotFound });
        Assert.DoesNotContain(Marker, body, StringComparison.OrdinalIgnoreCase);
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.StartsWith("/inloggen?", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/restricted/pages/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/index.html")]
    [InlineData("/restricted/index/segments_1")]
    [InlineData("/../restricted/pages/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/index.html")]
    [InlineData("/public/../restricted/pages/besloten/")]
    public async Task The_files_of_the_closed_part_cannot_be_reached_by_path(string path)
    {
        var response = await closed.Client().GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
        Assert.DoesNotContain(Marker, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_search_finds_no_closed_results_nor_counts_them()
    {
        var client = closed.Client();

        var html = await client.GetStringAsync($"/zoeken?q={Marker}");
        var json = await client.GetStringAsync("/api/zoeken?q=vastgoed");

        Assert.Contains("0 resultaten", html);
        Assert.DoesNotContain("result-list", html);
        Assert.DoesNotContain("/besloten/praktijkvoorbeelden", html);
        using var doc = JsonDocument.Parse(json);
        Assert.DoesNotContain("/besloten/", json);
        Assert.DoesNotContain(Marker, json);
        var types = doc.RootElement.GetProperty("facets").GetProperty("type").EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.DoesNotContain("professional", types);
    }

    [Fact]
    public async Task A_signed_in_user_of_another_organisation_is_refused_and_searches_only_the_public_part()
    {
        var client = closed.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await ClosedPartFixture.SignInAsync(client, "buitenstaander", "ander-wachtwoord")).StatusCode);

        var page = await client.GetAsync(Page);
        var search = await client.GetStringAsync($"/api/zoeken?q={Marker}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var body = await page.Content.ReadAsStringAsync();
        Assert.Contains("Geen toegang", body);
        Assert.DoesNotContain(Marker, body);
        Assert.Contains("\"total\":0", search);
    }

    [Fact]
    public async Task A_covenant_partner_reads_closed_pages_and_finds_them_in_search_marked_as_closed()
    {
        var client = closed.Client();
        var signIn = await ClosedPartFixture.SignInAsync(client, "analist", "juist-wachtwoord", Page);
        Assert.Equal(Page, signIn.Headers.Location!.ToString());

        var page = await client.GetAsync(Page);
        var html = await client.GetStringAsync($"/zoeken?q={Marker}");
        var json = await client.GetStringAsync($"/api/zoeken?q={Marker}");
        var directory = await client.GetStringAsync("/besloten/netwerk/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Marker, await page.Content.ReadAsStringAsync());
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString());
        Assert.Contains("<span class=\"restricted-label\">Besloten</span>", html);
        using var doc = JsonDocument.Parse(json);
        var hit = doc.RootElement.GetProperty("results").EnumerateArray().First(r => r.GetProperty("url").GetString() == Page);
        Assert.True(hit.GetProperty("restricted").GetBoolean());
        Assert.Contains("Collega&#x27;s vinden", directory); // the live network answers the directory's address
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_and_same_site()
    {
        var response = await ClosedPartFixture.SignInAsync(closed.Client(), "analist", "juist-wachtwoord");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kp-sessie=")).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Fact]
    public async Task Signing_in_without_the_forms_token_is_refused()
    {
        var response = await closed.Client().PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["gebruikersnaam"] = "analist", ["wachtwoord"] = "juist-wachtwoord",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("kp-sessie=")));
    }

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused_for_a_while()
    {
        var client = closed.Client();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await ClosedPartFixture.SignInAsync(client, "Vergeetachtig", "fout" + i)).StatusCode);
        }

        var locked = await ClosedPartFixture.SignInAsync(client, "vergeetachtig", "eigen-wachtwoord");

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Te veel mislukte pogingen", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sign_in_page_only_returns_to_paths_on_this_site()
    {
        var response = await ClosedPartFixture.SignInAsync(closed.Client(), "analist", "juist-wachtwoord", "https://evil.example/");

        Assert.Equal("/besloten/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Accesses_and_searches_are_audited_without_the_query_of_anonymous_users()
    {
        var anonymous = closed.Client();
        await anonymous.GetAsync("/zoeken?q=geheimezoekvraag");
        await anonymous.GetAsync(Page);
        var partner = closed.Client();
        await ClosedPartFixture.SignInAsync(partner, "analist", "juist-wachtwoord");
        await partner.GetAsync(Page);
        await partner.GetAsync("/zoeken?q=partnervraag");

        var audit = closed.Log.Where(l => l.StartsWith("Kennisplatform.Audit")).ToList();
        Assert.DoesNotContain(audit, l => l.Contains("geheimezoekvraag"));
        Assert.Contains(audit, l => l.Contains("audit search (niet vastgelegd) by anoniem"));
        Assert.Contains(audit, l => l.Contains($"audit page {Page} by anoniem") && l.Contains("doorgestuurd naar inloggen"));
        Assert.Contains(audit, l => l.Contains($"audit page {Page} by analist of Gemeente Maastricht") && l.Contains("toegestaan"));
        Assert.Contains(audit, l => l.Contains("audit search partnervraag by analist") && l.Contains("met besloten deel"));
    }
}
