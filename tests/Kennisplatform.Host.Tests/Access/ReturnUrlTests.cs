using Kennisplatform.Host.Access;

namespace Kennisplatform.Host.Tests.Access;

public class ReturnUrlTests
{
    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\n/evil.example/")]
    [InlineData("/ /evil.example/")]
    [InlineData("/besloten/caf\u00e9/")]
    [InlineData("besloten/")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_plain_path_on_this_site_becomes_the_closed_part(string? url) =>
        Assert.Equal("/besloten/", ReturnUrl.LocalOrDefault(url));

    [Theory]
    [InlineData("/")]
    [InlineData("/besloten/praktijkvoorbeelden/vertrouwelijk-dossier/")]
    [InlineData("/zoeken?q=vastgoed&thema=damocles")]
    public void A_plain_path_on_this_site_is_kept(string url) => Assert.Equal(url, ReturnUrl.LocalOrDefault(url));
}
