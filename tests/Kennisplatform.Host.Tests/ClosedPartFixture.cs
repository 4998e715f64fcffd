using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kennisplatform.Build;
using Kennisplatform.Host.Access;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kennisplatform.Host.Tests;

/// <summary>Test classes sharing one build of the closed part (and, for those that sign in through one, one identity provider).</summary>
[CollectionDefinition(Name)]
public sealed class ClosedPartCollection : ICollectionFixture<ClosedPartFixture>, ICollectionFixture<EndToEnd.IdentityProviderFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "closed part";
}

/// <summary>The fixture content plus closed documents with a unique marker, hosted with a users file.</summary>
public sealed class ClosedPartFixture : IAsyncLifetime
{
    /// <summary>A word that occurs only in closed documents.</summary>
    public const string Marker = "Zwaluwstaartmarker";

    private readonly TempFolder _temp = new();

    public string Site => _temp["_site"];

    /// <summary>The users file of the closed part (analist, buitenstaander, vergeetachtig).</summary>
    public string UsersFile => _temp["gebruikers.json"];

    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    public ConcurrentQueue<string> Log { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var content = Fixtures.CopyContent(_temp["content"]);
        Fixtures.CopyContent(content, Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "restricted"));
        var report = await new SiteBuilder().BuildAsync(new BuildOptions(content, Site, DutchWordList.All));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        // Few iterations: these hashes protect nothing and tests sign in often.
        var users = new[]
        {
            new PlatformUser("analist", "Analist Gemeente", "Gemeente Maastricht", "analist", PasswordHash.Create("juist-wachtwoord", 1000)),
            new PlatformUser("buitenstaander", "Iemand Anders", "Stichting Voorbeeld", "adviseur", PasswordHash.Create("ander-wachtwoord", 1000)),
            new PlatformUser("vergeetachtig", "Vergeetachtige Collega", "Politie", "rechercheur", PasswordHash.Create("eigen-wachtwoord", 1000)),
        };
        File.WriteAllText(_temp["gebruikers.json"], JsonSerializer.Serialize(users));
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:Path", Site);
            b.UseSetting("Zoeken:Burst", "100000");
            b.UseSetting("Toegang:UsersFile", _temp["gebruikers.json"]);
            b.UseContentRoot(_temp.Path);
            b.ConfigureLogging(l => l.AddProvider(new CollectingLoggerProvider(Log)));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        _temp.Dispose();
    }

    /// <summary>
    /// Another host over the same site with extra settings (a fresh lockout and rate-limit state); it sees the peer
    /// address a test names in <see cref="TestPeer.Header"/>.
    /// </summary>
    public WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) => Factory.WithWebHostBuilder(b =>
    {
        foreach (var (key, value) in settings) b.UseSetting(key, value);
        b.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestPeer>());
    });

    /// <summary>
    /// A client of <paramref name="host"/> at an http:// address coming from <paramref name="peer"/>, optionally through
    /// a proxy that forwards <paramref name="forwardedFor"/> over HTTPS. It keeps cookies and does not follow redirects.
    /// </summary>
    public static (HttpClient Client, CookieJar Cookies) PeerClient(WebApplicationFactory<Program> host, string peer, string? forwardedFor = null)
    {
        var jar = new CookieJar();
        var client = host.CreateDefaultClient(new Uri("http://localhost"), jar);
        client.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
        return (client, jar);
    }

    /// <summary>A client over HTTPS that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client() => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Posts the sign-in form as a browser would (first fetching it for its anti-forgery token).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password, string returnUrl = "/besloten/")
    {
        var form = await client.GetStringAsync("/inloggen?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = FormToken.In(form);
        return await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__kp_token"] = token, ["gebruikersnaam"] = user, ["wachtwoord"] = password, ["returnUrl"] = returnUrl,
        }));
    }
}
