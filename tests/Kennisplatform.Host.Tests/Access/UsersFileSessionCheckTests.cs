using System.Net;
using System.Text.Json;
using Kennisplatform.Host.Access;
using Kennisplatform.Testing;

namespace Kennisplatform.Host.Tests.Access;

/// <summary>A session of the users file lasts only as long as the file (as the host read it) still says the same.</summary>
[Collection(ClosedPartCollection.Name)]
public class UsersFileSessionCheckTests(ClosedPartFixture closed) : IDisposable
{
    private const string Page = "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/";
    private readonly TempFolder _temp = new();

    // The session cookie of "analist" (Gemeente Maastricht), signed in on the fixture's host.
    private async Task<string> SessionCookieAsync()
    {
        using var client = closed.Client();
        var signIn = await ClosedPartFixture.SignInAsync(client, "analist", "juist-wachtwoord", Page);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("kp-sessie=", StringComparison.Ordinal));
    }

    // A host restarted with another users file; the same keys, so the old cookie is still a valid cookie there.
    private HttpClient HostWithUsers(params PlatformUser[] users)
    {
        var file = _temp["gebruikers-" + Guid.NewGuid().ToString("N")[..8] + ".json"];
        File.WriteAllText(file, JsonSerializer.Serialize(users));
        return closed.Host(("Toegang:UsersFile", file))
            .CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static PlatformUser Analist(string organisation) =>
        new("analist", "Analist Gemeente", organisation, "analist", PasswordHash.Create("juist-wachtwoord", 1000));

    [Fact]
    public async Task A_user_removed_from_the_users_file_loses_the_session_they_still_hold()
    {
        var cookie = await SessionCookieAsync();
        using var unchanged = HostWithUsers(Analist("Gemeente Maastricht"));
        using var removed = HostWithUsers(new PlatformUser("iemand", "Iemand", "Politie", "analist", PasswordHash.Create("x", 1000)));

        var stillListed = await GetWithCookieAsync(unchanged, cookie);
        var afterRemoval = await GetWithCookieAsync(removed, cookie);

        Assert.Equal(HttpStatusCode.OK, stillListed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterRemoval.StatusCode);
        Assert.StartsWith("/inloggen", afterRemoval.Headers.Location!.OriginalString);
        Assert.DoesNotContain(ClosedPartFixture.Marker, await afterRemoval.Content.ReadAsStringAsync());
        Assert.Contains(afterRemoval.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kp-sessie=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_organisation_changed_in_the_users_file_applies_to_a_running_session()
    {
        var cookie = await SessionCookieAsync();
        using var changed = HostWithUsers(Analist("Stichting Voorbeeld"));

        var response = await GetWithCookieAsync(changed, cookie);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(ClosedPartFixture.Marker, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _temp.Dispose();
}
