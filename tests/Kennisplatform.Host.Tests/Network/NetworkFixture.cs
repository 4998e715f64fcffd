using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kennisplatform.Build;
using Kennisplatform.Host.Access;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Kennisplatform.Host.Tests.Network;

/// <summary>Test classes sharing one network host (and its build of the fixture site).</summary>
[CollectionDefinition(Name)]
public sealed class NetworkCollection : ICollectionFixture<NetworkFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "network";
}

/// <summary>
/// A host over the fixture site with the network on a fresh SQLite file and mail into a folder; users of two covenant
/// organisations, a moderator, and one user of an organisation that is not a covenant partner.
/// </summary>
public sealed class NetworkFixture : IAsyncLifetime
{
    /// <summary>A word that only network content holds.</summary>
    public const string Marker = "Kwikstaartnetwerkmarker";

    private readonly TempFolder _temp = new();

    public string Site => _temp["_site"];

    public string MailFolder => _temp["mail"];

    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    public ConcurrentQueue<string> Log { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var content = Fixtures.CopyContent(_temp["content"]);
        var report = await new SiteBuilder().BuildAsync(new BuildOptions(content, Site, DutchWordList.All));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var users = new[]
        {
            new PlatformUser("anna", "Anna Analist", "Gemeente Maastricht", "analist", PasswordHash.Create("anna-wachtwoord", 1000)),
            new PlatformUser("bram", "Bram Rechercheur", "Politie", "rechercheur", PasswordHash.Create("bram-wachtwoord", 1000)),
            new PlatformUser("mona", "Mona Moderator", "RIEC Limburg", "moderator", PasswordHash.Create("mona-wachtwoord", 1000)),
            new PlatformUser("buiten", "Iemand Anders", "Stichting Voorbeeld", "adviseur", PasswordHash.Create("buiten-wachtwoord", 1000)),
        };
        File.WriteAllText(_temp["gebruikers.json"], JsonSerializer.Serialize(users));
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:Path", Site);
            b.UseSetting("Zoeken:Burst", "100000");
            b.UseSetting("Toegang:UsersFile", _temp["gebruikers.json"]);
            b.UseSetting("Netwerk:SqliteFile", _temp["netwerk.db"]);
            b.UseSetting("Netwerk:Mail:PickupFolder", MailFolder);
            b.UseContentRoot(_temp.Path);
            b.ConfigureLogging(l => l.AddProvider(new CollectingLoggerProvider(Log)));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    /// <summary>A signed-in client over HTTPS that keeps cookies and does not follow redirects; anonymous when user is null.</summary>
    public async Task<HttpClient> ClientAsync(string? user = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        if (user is not null) Assert.Equal(HttpStatusCode.Redirect, (await ClosedPartFixture.SignInAsync(client, user, user + "-wachtwoord")).StatusCode);
        return client;
    }

    /// <summary>Gets a form page and posts it back with its anti-forgery token and the given fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, params (string Key, string Value)[] fields)
    {
        var html = await client.GetStringAsync(formPage);
        var token = FormToken.In(html);
        Assert.NotEmpty(token);
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__kp_token", token)).ToList();
        // The version the page was read at, as a browser sends it back.
        if (Regex.Match(html, "name=\"versie\" value=\"(\\d+)\"") is { Success: true } version && fields.All(f => f.Key != "versie"))
        {
            values.Add(new("versie", version.Groups[1].Value));
        }
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
