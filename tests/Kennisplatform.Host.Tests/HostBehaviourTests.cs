using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace Kennisplatform.Host.Tests;

[Collection(SiteHostCollection.Name)]
public class HostBehaviourTests(SiteHostFixture site)
{
    [Theory]
    [InlineData("/Themas/Damocles/", "/themas/damocles/")]
    [InlineData("/THEMAS/damocles", "/themas/damocles/")]
    [InlineData("/Handreikingen/", "/handreikingen/")]
    [InlineData("/handreikingen/Damocles-Menukaart/?x=1", "/handreikingen/damocles-menukaart/?x=1")]
    public async Task A_case_variant_of_an_address_redirects_to_the_address_itself(string path, string expected)
    {
        var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(expected)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_in_any_case_stays_not_found()
    {
        var response = await site.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Themas/Bestaat-Niet/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/zoeken?q=damocles")]
    [InlineData("/api/zoeken?q=damocles")]
    [InlineData("/bestaat-niet/")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await site.Factory.CreateClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Hsts_is_sent_over_https()
    {
        var client = site.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync("/");

        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task The_pages_need_no_inline_script_or_style_for_the_policy_to_allow_them()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=vastgoed");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<style", html);
    }

    [Fact]
    public async Task A_repeated_request_with_its_etag_gets_304()
    {
        var client = site.Factory.CreateClient();
        var first = await client.GetAsync("/handreikingen/damocles-menukaart/");
        var etag = first.Headers.ETag!;

        var again = new HttpRequestMessage(HttpMethod.Get, "/handreikingen/damocles-menukaart/");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        var since = new HttpRequestMessage(HttpMethod.Get, "/handreikingen/damocles-menukaart/");
        since.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var third = await client.SendAsync(since);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, third.StatusCode);
    }

    [Fact]
    public async Task Html_is_cached_briefly_and_fingerprinted_assets_for_a_year()
    {
        var client = site.Factory.CreateClient();
        var css = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Site, "public", "assets"), "site.*.css").Single());

        var page = await client.GetAsync("/");
        var asset = await client.GetAsync("/assets/" + css);

        Assert.Equal(TimeSpan.FromSeconds(60), page.Headers.CacheControl!.MaxAge);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl!.MaxAge);
        Assert.Contains("immutable", asset.Headers.CacheControl.Extensions.Select(e => e.Name));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Compressed_versions_written_at_build_are_sent_when_accepted(string encoding)
    {
        var client = site.Factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/handreikingen/damocles-menukaart/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        using var input = new MemoryStream(bytes);
        using Stream decompressor = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor);
        Assert.Contains("<h1>Menukaart Damocles</h1>", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Without_accept_encoding_the_plain_file_is_sent()
    {
        var response = await site.Factory.CreateClient().GetAsync("/handreikingen/damocles-menukaart/");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<h1>Menukaart Damocles</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Too_many_searches_from_one_client_get_a_friendly_429()
    {
        await using var limited = site.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Zoeken:PerMinute", "6");
            b.UseSetting("Zoeken:Burst", "6");
        });
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) statuses.Add((await client.GetAsync("/zoeken?q=damocles")).StatusCode);
        var rejected = await client.GetAsync("/zoeken?q=damocles");
        var api = await client.GetAsync("/api/zoeken?q=damocles");
        var page = await client.GetAsync("/themas/damocles/");

        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Contains("Wacht tien seconden", await rejected.Content.ReadAsStringAsync());
        Assert.NotNull(rejected.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
