using System.Net;

namespace Kennisplatform.Host.Tests;

[Collection(ClosedPartCollection.Name)]
public class AccessOptionsTests(ClosedPartFixture closed)
{
    private const string Page = "/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/";

    [Fact]
    public async Task A_configured_covenant_list_replaces_the_default_one()
    {
        var host = closed.Host(("Toegang:CovenantPartners:0", "Politie"));
        var municipality = host.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var police = host.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await ClosedPartFixture.SignInAsync(municipality, "analist", "juist-wachtwoord");
        await ClosedPartFixture.SignInAsync(police, "vergeetachtig", "eigen-wachtwoord");

        var refused = await municipality.GetAsync(Page);
        var search = await municipality.GetStringAsync($"/api/zoeken?q={ClosedPartFixture.Marker}");
        var admitted = await police.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("\"total\":0", search);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
    }
}
