using System.Net;

namespace Kennisplatform.Host.Tests;

[Collection(SiteHostCollection.Name)]
public class StaticSiteTests(SiteHostFixture site)
{
    [Fact]
    public async Task A_folder_asked_for_with_a_double_slash_redirects_to_a_path_on_this_site()
    {
        var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost//themas")));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/themas/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/handreikingen/damocles-menukaart/", "text/html")]
    [InlineData("/themas/", "text/html")]
    public async Task Pages_are_served_as_html(string path, string contentType)
    {
        var response = await site.Factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_stylesheet_is_served_as_css()
    {
        var css = Directory.GetFiles(Path.Combine(site.Site, "public", "assets"), "site.*.css").Single();
        var response = await site.Factory.CreateClient().GetAsync("/assets/" + Path.GetFileName(css));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_path_without_trailing_slash_redirects_to_the_page()
    {
        var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/themas/damocles");

        Assert.True(response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect);
        Assert.EndsWith("/themas/damocles/", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/bestaat-niet/")]
    [InlineData("/handreikingen/bestaat-niet/")]
    [InlineData("/index/")]
    public async Task Unknown_paths_get_the_theme_404_page(string path)
    {
        var response = await site.Factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pagina niet gevonden", html);
        Assert.Contains("<html lang=\"nl\">", html);
        // The build's themed page (search box, stylesheet), not the bare fallback for a build without one.
        Assert.Contains("id=\"zoekveld-404\"", html);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/assets/site\\.[^\"]+\\.css\"", html);
    }

    [Fact]
    public async Task The_index_folder_is_never_served()
    {
        var file = Directory.GetFiles(Path.Combine(site.Site, "index")).First();
        var response = await site.Factory.CreateClient().GetAsync("/index/" + Path.GetFileName(file));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_check_answers_ok()
    {
        Assert.Equal("ok", await site.Factory.CreateClient().GetStringAsync("/healthz"));
    }
}
