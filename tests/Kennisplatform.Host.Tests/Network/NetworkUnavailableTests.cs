using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kennisplatform.Host.Tests.Network;

[Collection(NetworkCollection.Name)]
public class NetworkUnavailableTests(NetworkFixture network)
{
    [Fact]
    public async Task An_unreachable_database_gives_a_friendly_503_on_network_pages_while_the_site_and_its_search_keep_working()
    {
        // A PostgreSQL server that is not there: a socket folder that does not exist.
        using var host = network.Factory.WithWebHostBuilder(b => b.UseSetting("Netwerk:PostgreSql",
            $"Host=/nonexistent-{Guid.NewGuid():N};Username=kennisplatform;Database=netwerk;Timeout=2"));
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await ClosedPartFixture.SignInAsync(client, "anna", "anna-wachtwoord")).StatusCode);

        var directory = await client.GetAsync("/besloten/netwerk/");
        var search = await client.GetAsync("/zoeken?q=vastgoed");
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, directory.StatusCode);
        Assert.Contains("niet bereikbaar", await directory.Content.ReadAsStringAsync());
        Assert.True(directory.Headers.CacheControl is { NoStore: true });
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("Vastgoed", await search.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
