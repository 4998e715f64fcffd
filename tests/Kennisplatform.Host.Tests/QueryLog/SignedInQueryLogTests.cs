using Kennisplatform.Host.QueryLog;
using Kennisplatform.Network.Storage;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kennisplatform.Host.Tests.QueryLog;

[Collection(ClosedPartCollection.Name)]
public sealed class SignedInQueryLogTests(ClosedPartFixture closed) : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_covenant_users_search_counts_only_as_a_number_never_with_its_text()
    {
        var file = _temp["log.db"];
        await using var host = closed.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Zoekvragen:SqliteFile", file);
            b.UseSetting("Zoekvragen:FlushInterval", "00:00:00.020");
        });
        var partner = host.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
        await ClosedPartFixture.SignInAsync(partner, "analist", "juist-wachtwoord");
        var page = await partner.GetStringAsync("/zoeken?q=" + ClosedPartFixture.Marker);
        await host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") })
            .GetStringAsync("/zoeken?q=openbarevraag");

        await QueryLogTests.WrittenAsync(host, 2);
        var report = await new QueryLogStore(NetworkDatabase.Sqlite(file)).ReportAsync(DateOnly.FromDateTime(DateTime.UtcNow), 10);

        Assert.Contains(ClosedPartFixture.Marker, page); // the search did find the closed page
        Assert.Equal((1, 1), (report.Searches, report.SignedIn));
        Assert.Equal("openbarevraag", Assert.Single(report.MostAsked).Query);
        Assert.DoesNotContain(ClosedPartFixture.Marker.ToLowerInvariant(), QueryLogTests.StoredText(file).ToLowerInvariant());
    }

    public void Dispose() => _temp.Dispose();
}
