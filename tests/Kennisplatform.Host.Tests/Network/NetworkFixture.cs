using System.Net;
using System.Text.RegularExpressions;
using Kennisplatform.Host.Access;
using Microsoft.AspNetCore.Hosting;

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
public sealed class NetworkFixture : HostedSiteFixture
{
    /// <summary>A word that only network content holds.</summary>
    public const string Marker = "Kwikstaartnetwerkmarker";

    /// <summary>The folder the host's mail is written into.</summary>
    public string MailFolder => Temp["mail"];

    protected override IReadOnlyList<PlatformUser> Users =>
    [
        User("anna", "Anna Analist", "Gemeente Maastricht", "analist", "anna-wachtwoord"),
        User("bram", "Bram Rechercheur", "Politie", "rechercheur", "bram-wachtwoord"),
        User("mona", "Mona Moderator", "RIEC Limburg", "moderator", "mona-wachtwoord"),
        User("buiten", "Iemand Anders", "Stichting Voorbeeld", "adviseur", "buiten-wachtwoord"),
    ];

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Netwerk:SqliteFile", Temp["netwerk.db"]);
        builder.UseSetting("Netwerk:Mail:PickupFolder", MailFolder);
    }

    // The database file is closed before its folder goes.
    protected override void Release() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    /// <summary>A signed-in client over HTTPS that keeps cookies and does not follow redirects; anonymous when user is null.</summary>
    public async Task<HttpClient> ClientAsync(string? user = null)
    {
        var client = Client();
        if (user is not null) Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, user, user + "-wachtwoord")).StatusCode);
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
