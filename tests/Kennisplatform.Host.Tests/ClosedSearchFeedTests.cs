using System.Net;

namespace Kennisplatform.Host.Tests;

/// <summary>The feed of a search is public: closed pages never enter it, not even for a signed-in covenant partner.</summary>
[Collection(ClosedPartCollection.Name)]
public class ClosedSearchFeedTests(ClosedPartFixture closed)
{
    private const string Marker = ClosedPartFixture.Marker;

    [Fact]
    public async Task A_covenant_partner_sees_the_closed_result_on_the_page_but_never_in_the_feed()
    {
        var client = closed.Client();
        await ClosedPartFixture.SignInAsync(client, "analist", "juist-wachtwoord");

        var page = await client.GetStringAsync($"/zoeken?q={Marker}");
        var feed = await client.GetAsync($"/zoeken/feed.xml?q={Marker}");
        var vastgoed = await client.GetStringAsync("/zoeken/feed.xml?q=vastgoed&regio=limburg");

        Assert.Contains("<span class=\"restricted-label\">Besloten</span>", page);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var xml = await feed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<entry>", xml);
        Assert.DoesNotContain("/besloten/", xml);
        // The closed practice is on vastgoed in Limburg too; the feed of that search still holds only public pages.
        Assert.DoesNotContain("/besloten/", vastgoed);
        Assert.Contains("<entry>", vastgoed);
        Assert.Contains("public", feed.Headers.CacheControl!.ToString());
    }
}
