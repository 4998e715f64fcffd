using System.Collections.Concurrent;
using System.Text.Json;
using Kennisplatform.Build;
using Kennisplatform.Host.Access;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Kennisplatform.Host.Tests;

/// <summary>
/// What the host tests' shared fixtures have in common: content built once into a temporary folder and hosted in memory,
/// with the users of the closed part (if any) in a users file and every log line kept. A fixture says what differs:
/// its content, its users and its further settings.
/// </summary>
public abstract class HostedSiteFixture : IAsyncLifetime
{
    /// <summary>The fixture's temporary folder (content, build, users file, databases).</summary>
    protected TempFolder Temp { get; } = new();

    /// <summary>The built site folder.</summary>
    public string Site => Temp["_site"];

    /// <summary>The users file of the closed part (written only when the fixture has users).</summary>
    public string UsersFile => Temp["gebruikers.json"];

    /// <summary>The in-memory host.</summary>
    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    /// <summary>Every log line of the host ("category: message").</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>The content folder to build: by default a copy of the fixture content in <see cref="Temp"/>.</summary>
    protected virtual string CreateContent() => Fixtures.CopyContent(Temp["content"]);

    /// <summary>The users of the closed part; none by default (the host then has no users file).</summary>
    protected virtual IReadOnlyList<PlatformUser> Users => [];

    /// <summary>Settings of the host besides the shared ones.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public async ValueTask InitializeAsync()
    {
        var report = await new SiteBuilder().BuildAsync(new BuildOptions(CreateContent(), Site, DutchWordList.All));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var users = Users;
        if (users.Count > 0) await File.WriteAllTextAsync(UsersFile, JsonSerializer.Serialize(users));
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:Path", Site);
            b.UseSetting("Zoeken:Burst", "100000"); // many tests share one host; the limit has its own test
            if (users.Count > 0) b.UseSetting("Toegang:UsersFile", UsersFile);
            b.UseContentRoot(Temp.Path);
            b.ConfigureLogging(l => l.AddProvider(new CollectingLoggerProvider(Log)));
            Configure(b);
        });
    }

    /// <summary>What is let go once the host stopped, before the temporary folder is removed.</summary>
    protected virtual void Release()
    {
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Release();
        Temp.Dispose();
    }

    /// <summary>A client over HTTPS that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client() => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A user of the closed part; few hash iterations, since these hashes protect nothing and tests sign in often.</summary>
    protected static PlatformUser User(string username, string name, string organisation, string function, string password) =>
        new(username, name, organisation, function, PasswordHash.Create(password, 1000));

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
