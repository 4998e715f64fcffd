using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Kennisplatform.Host.Tests;

[Collection(SiteHostCollection.Name)]
public class SearchEndpointTests(SiteHostFixture site)
{
    [Fact]
    public async Task The_search_page_lists_results_with_the_query_in_the_box()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=damocles");

        Assert.Contains("value=\"damocles\"", html);
        Assert.Contains("resultaten voor <strong>damocles</strong>", html);
        var first = html.IndexOf("class=\"result-list\"", StringComparison.Ordinal);
        Assert.True(first > 0);
        Assert.Contains("href=\"/themas/damocles/\"", html[first..(first + 600)]);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task Answers_from_the_response_cache_are_the_bytes_a_search_without_it_gives()
    {
        await using var uncached = site.Factory.WithWebHostBuilder(b => b.UseSetting("Zoeken:ResponseCacheBytes", "0"));
        var cache = site.Factory.Services.GetRequiredService<SearchResponseCache>();
        string[] paths =
        [
            "/zoeken?q=damocles", "/zoeken?q=vastgoed&type=praktijkvoorbeeld&sorteer=datum", "/zoeken?q=witwasen",
            "/zoeken?thema=drugs&thema=vastgoed", "/api/zoeken?q=damocles", "/api/zoeken?q=vastgoed&pagina=2",
        ];

        foreach (var path in paths)
        {
            var first = await site.Factory.CreateClient().GetAsync(path);
            var bytes = cache.Bytes;
            var cached = await site.Factory.CreateClient().GetAsync(path);
            var fresh = await uncached.CreateClient().GetAsync(path);

            Assert.True(cache.Bytes >= bytes && bytes > 0, path);
            Assert.Equal(await fresh.Content.ReadAsByteArrayAsync(), await cached.Content.ReadAsByteArrayAsync());
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await cached.Content.ReadAsByteArrayAsync());
            Assert.Equal(fresh.Content.Headers.ContentType, cached.Content.Headers.ContentType);
            Assert.Equal(0, uncached.Services.GetRequiredService<SearchResponseCache>().Bytes);
        }
    }

    [Fact]
    public async Task A_search_that_falls_back_to_some_of_the_words_says_so()
    {
        var client = site.Factory.CreateClient();
        var some = await client.GetStringAsync("/zoeken?q=kadaster+menukaart");
        var all = await client.GetStringAsync("/zoeken?q=damocles+menukaart");

        Assert.Contains("Geen resultaten met alle woorden; resultaten met een deel van de woorden.", some);
        Assert.Contains("href=\"/handreikingen/damocles-menukaart/\"", some);
        Assert.DoesNotContain("Geen resultaten met alle woorden", all);
    }

    [Fact]
    public async Task Snippets_mark_the_words_searched_for()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=opiumwet");

        Assert.Contains("<mark>Opiumwet</mark>", html);
    }

    [Fact]
    public async Task The_api_returns_the_documented_json_shape()
    {
        var json = await site.Factory.CreateClient().GetStringAsync("/api/zoeken?q=damocles");
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.Equal("damocles", root.GetProperty("query").GetString());
        Assert.True(root.GetProperty("total").GetInt64() >= 2);
        var first = root.GetProperty("results")[0];
        Assert.Equal("/themas/damocles/", first.GetProperty("url").GetString());
        foreach (var name in new[] { "title", "type", "summary", "snippet", "date", "themes" })
        {
            Assert.True(first.TryGetProperty(name, out _), $"missing {name}");
        }
        Assert.Equal("thema", first.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Filters_in_the_query_string_apply()
    {
        var json = await site.Factory.CreateClient().GetStringAsync("/api/zoeken?q=damocles&type=handreiking");
        using var doc = JsonDocument.Parse(json);

        var results = doc.RootElement.GetProperty("results");
        Assert.Equal(1, results.GetArrayLength());
        Assert.Equal("/handreikingen/damocles-menukaart/", results[0].GetProperty("url").GetString());
    }

    public static TheoryData<string> OddQueries() => new()
    {
        "",
        "q=",
        "q=" + new string('a', 10_000),
        "q=title%3A(",
        "q=*",
        "q=%F0%9F%98%80%F0%9F%94%8D",
        "q=%ED%A0%80",
        "q=%22",
        "q=-",
        "q=a&pagina=-5",
        "q=a&pagina=99999999999999",
        "q=damocles&pagina=abc&sorteer=%3Cscript%3E",
        "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "q=damocles&type=" + new string('x', 5000),
        "q=%00%01",
    };

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task Odd_queries_get_a_friendly_page_never_a_server_error(string query)
    {
        var client = site.Factory.CreateClient();

        var page = await client.GetAsync("/zoeken?" + query);
        var api = await client.GetAsync("/api/zoeken?" + query);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Zoeken</h1>", html);
        Assert.DoesNotContain("<script>alert", html);
        JsonDocument.Parse(await api.Content.ReadAsStringAsync()).Dispose();
    }

    [Fact]
    public async Task No_results_gives_help()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=xylofoonkwartet");

        Assert.Contains("Geen resultaten gevonden", html);
        Assert.Contains("0 resultaten", html);
    }

    [Fact]
    public async Task A_very_long_query_says_it_was_shortened()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=damocles+" + new string('x', 10_000));

        Assert.Contains("eerste 500 tekens", html);
    }

    [Fact]
    public async Task The_results_page_offers_facets_as_links_that_combine_as_filters()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=vastgoed");

        Assert.Contains("<h2 id=\"kp-verfijnen\">Verfijnen</h2>", html);
        Assert.Contains("href=\"/zoeken/?q=vastgoed&amp;type=praktijkvoorbeeld\"", html);
        Assert.Contains("href=\"/zoeken/?q=vastgoed&amp;regio=limburg\"", html);

        var filtered = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=vastgoed&type=praktijkvoorbeeld");
        Assert.Contains("href=\"/zoeken/?q=vastgoed&amp;type=praktijkvoorbeeld&amp;regio=limburg\"", filtered);
        Assert.Contains("Gefilterd op:", filtered);
        Assert.Contains("<input type=\"hidden\" name=\"type\" value=\"praktijkvoorbeeld\" />", filtered);
    }

    [Fact]
    public async Task The_api_returns_facets_for_the_same_filters()
    {
        var json = await site.Factory.CreateClient().GetStringAsync("/api/zoeken?q=vastgoed&regio=limburg");
        using var doc = JsonDocument.Parse(json);

        var regions = doc.RootElement.GetProperty("facets").GetProperty("regio");
        var limburg = regions.EnumerateArray().Single(v => v.GetProperty("value").GetString() == "limburg");
        Assert.True(limburg.GetProperty("selected").GetBoolean());
        Assert.Equal("RIEC Limburg", limburg.GetProperty("label").GetString());
        Assert.True(doc.RootElement.GetProperty("facets").TryGetProperty("type", out _));
    }

    [Fact]
    public async Task A_typo_gets_results_and_a_did_you_mean_link()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=damokles");

        Assert.Contains("Bedoelde u: <a href=\"/zoeken/?q=damocles\">damocles</a>?", html);
        Assert.Contains("href=\"/themas/damocles/\"", html);
    }

    [Fact]
    public async Task Listings_link_to_search_filtered_by_theme_which_works_without_words()
    {
        var client = site.Factory.CreateClient();
        var listing = await client.GetStringAsync("/praktijkvoorbeelden/");

        Assert.Contains("href=\"/zoeken/?type=praktijkvoorbeeld&amp;thema=vastgoed\">Vastgoed en ondermijning (1)</a>", listing);
        var html = await client.GetStringAsync("/zoeken/?type=praktijkvoorbeeld&thema=vastgoed");
        Assert.Contains("1 resultaat, nieuwste eerst", html);
        Assert.Contains("href=\"/praktijkvoorbeelden/vastgoed-in-beeld/\"", html);
    }

    [Fact]
    public async Task A_search_over_its_time_budget_ends_with_a_friendly_page_not_an_error()
    {
        await using var host = site.Factory.WithWebHostBuilder(b => b.UseSetting("Zoeken:Budget", "00:00:00"));
        var client = host.CreateClient();

        var page = await client.GetAsync("/zoeken?q=damocles");
        var api = await client.GetAsync("/api/zoeken?q=damocles");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(SiteSearch.OverBudget, await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(SiteSearch.OverBudget, JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString());
        // The follow-a-search feed runs the same search under the same budget.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/zoeken/feed.xml?q=damocles")).StatusCode);
    }
}
