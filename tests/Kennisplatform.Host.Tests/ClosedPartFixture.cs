using Kennisplatform.Host.Access;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kennisplatform.Host.Tests;

/// <summary>Test classes sharing one build of the closed part (and, for those that sign in through one, one identity provider).</summary>
[CollectionDefinition(Name)]
public sealed class ClosedPartCollection : ICollectionFixture<ClosedPartFixture>, ICollectionFixture<EndToEnd.IdentityProviderFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "closed part";
}

/// <summary>The fixture content plus closed documents with a unique marker, hosted with a users file.</summary>
public sealed class ClosedPartFixture : HostedSiteFixture
{
    /// <summary>A word that occurs only in closed documents.</summary>
    public const string Marker = "Zwaluwstaartmarker";

    protected override string CreateContent()
    {
        var content = base.CreateContent();
        Fixtures.CopyContent(content, Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "restricted"));
        return content;
    }

    /// <summary>The users of the closed part: analist, buitenstaander (not of a covenant partner), vergeetachtig.</summary>
    protected override IReadOnlyList<PlatformUser> Users =>
    [
        User("analist", "Analist Gemeente", "Gemeente Maastricht", "analist", "juist-wachtwoord"),
        User("buitenstaander", "Iemand Anders", "Stichting Voorbeeld", "adviseur", "ander-wachtwoord"),
        User("vergeetachtig", "Vergeetachtige Collega", "Politie", "rechercheur", "eigen-wachtwoord"),
    ];

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
}
