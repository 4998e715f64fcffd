using Microsoft.Extensions.DependencyInjection;

namespace Kennisplatform.Host.Tests;

/// <summary>
/// The cache of rendered search responses never crosses audiences: an anonymous visitor's cached answer never reaches
/// a signed-in user, and a signed-in user's answer is neither cached nor served to anyone.
/// </summary>
[Collection(ClosedPartCollection.Name)]
public class ClosedSearchCacheTests(ClosedPartFixture closed)
{
    private const string Marker = ClosedPartFixture.Marker;
    private const string ClosedLink = "/besloten/praktijkvoorbeelden/";

    [Theory]
    [InlineData("/zoeken")]
    [InlineData("/api/zoeken")]
    public async Task An_anonymous_cached_answer_never_reaches_a_covenant_partner(string endpoint)
    {
        var path = $"{endpoint}?q={Marker}&sorteer=datum";
        var anonymous = closed.Client();
        var first = await anonymous.GetStringAsync(path);
        var partner = closed.Client();
        await ClosedPartFixture.SignInAsync(partner, "analist", "juist-wachtwoord");

        var theirs = await partner.GetAsync(path);
        var again = await anonymous.GetStringAsync(path);

        Assert.DoesNotContain(ClosedLink, first);
        Assert.Contains(ClosedLink, await theirs.Content.ReadAsStringAsync());
        Assert.Contains("no-store", theirs.Headers.CacheControl!.ToString());
        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData("/zoeken")]
    [InlineData("/api/zoeken")]
    public async Task A_signed_in_users_answer_is_not_cached_and_never_reaches_an_anonymous_visitor(string endpoint)
    {
        var path = $"{endpoint}?q={Marker}&pagina=1&type=praktijkvoorbeeld";
        var cache = closed.Factory.Services.GetRequiredService<SearchResponseCache>();
        var partner = closed.Client();
        await ClosedPartFixture.SignInAsync(partner, "analist", "juist-wachtwoord");
        var outsider = closed.Client();
        await ClosedPartFixture.SignInAsync(outsider, "buitenstaander", "ander-wachtwoord");
        var before = cache.Bytes;

        var theirs = await partner.GetStringAsync(path);
        await outsider.GetStringAsync(path);
        var held = cache.Bytes;
        var anonymous = await closed.Client().GetStringAsync(path);

        Assert.Contains(ClosedLink, theirs);
        Assert.Equal(before, held);
        Assert.DoesNotContain(ClosedLink, anonymous);
        Assert.True(cache.Bytes > held, "the anonymous answer is cached");
    }
}
