using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace Kennisplatform.Host.Tests;

/// <summary>Following a search: the feed link on every results page, the feed itself, its caching and its odd input.</summary>
[Collection(SiteHostCollection.Name)]
public class SearchFeedTests(SiteHostFixture site)
{
    private static SyndicationFeed Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }

    private static string FeedHref(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "<link rel=\"alternate\" type=\"application/atom(?:\\+|&#x2B;)xml\" title=\"[^\"]*\" href=\"([^\"]+)\"").Groups[1].Value);

    [Fact]
    public async Task A_filtered_results_page_offers_the_feed_of_exactly_that_search_and_a_visible_follow_link()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken?q=vastgoed&regio=limburg&pagina=1&sorteer=datum");

        Assert.Equal("/zoeken/feed.xml?q=vastgoed&regio=limburg", FeedHref(html));
        Assert.Contains("<a href=\"/zoeken/volgen?q=vastgoed&amp;regio=limburg\">Volg deze zoekopdracht</a>", html);
    }

    [Fact]
    public async Task A_results_page_without_words_or_filters_offers_nothing_to_follow()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken");

        Assert.DoesNotContain("Volg deze zoekopdracht", html);
        Assert.DoesNotContain("application/atom+xml", html);
    }

    [Fact]
    public async Task The_feed_holds_the_results_of_the_search_with_its_filters_newest_first()
    {
        var client = site.Factory.CreateClient();
        var response = await client.GetAsync("/zoeken/feed.xml?q=vastgoed&regio=limburg");
        var feed = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("‘vastgoed’ (RIEC Limburg)", feed.Title.Text);
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/zoeken?q=vastgoed&regio=limburg"));
        var found = api.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()).ToHashSet();
        var paths = feed.Items.Select(i => i.Links[0].Uri.AbsolutePath).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Contains(p, found));
        var updated = feed.Items.Select(i => i.LastUpdatedTime).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.True(feed.Items.Count() <= 50);
    }

    [Fact]
    public async Task A_change_note_reaches_the_feed_as_an_update_with_its_line_and_a_new_id()
    {
        var feed = Parse(await site.Factory.CreateClient().GetStringAsync("/zoeken/feed.xml?q=vastgoed"));

        var changed = Assert.Single(feed.Items, i => i.Links[0].Uri.AbsolutePath == "/praktijkvoorbeelden/vastgoed-in-beeld/");
        Assert.Equal(new DateTimeOffset(2023, 2, 1, 0, 0, 0, TimeSpan.Zero), changed.LastUpdatedTime);
        Assert.Equal(new DateTimeOffset(2021, 5, 1, 0, 0, 0, TimeSpan.Zero), changed.PublishDate);
        Assert.EndsWith("/praktijkvoorbeelden/vastgoed-in-beeld/#wijziging-2023-02-01", changed.Id);
        Assert.StartsWith("Gewijzigd op 1 februari 2023: Aanpak aangevuld met het gezamenlijke beeld van gemeente en RIEC.", changed.Summary.Text);
        Assert.Equal("Gewijzigd: Vastgoed in Beeld Maastricht", changed.Title.Text);
    }

    [Fact]
    public async Task The_feed_is_cacheable_per_build_and_answers_a_repeated_request_with_304()
    {
        var client = site.Factory.CreateClient();
        var first = await client.GetAsync("/zoeken/feed.xml?q=damocles");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("public", first.Headers.CacheControl!.ToString());
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/zoeken/feed.xml?q=damocles");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        var other = await client.GetAsync("/zoeken/feed.xml?q=vastgoed");
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);

        // Some feed readers look before they fetch.
        using var head = new HttpRequestMessage(HttpMethod.Head, "/zoeken/feed.xml?q=damocles");
        var looked = await client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, looked.StatusCode);
        Assert.Equal(first.Headers.ETag, looked.Headers.ETag);
    }

    public static TheoryData<string> OddInput() => new()
    {
        "",
        "?q=",
        "?q=title%3A(",
        "?q=*",
        "?q=%ED%A0%80",
        "?q=%22",
        "?regio=bestaat-niet",
        "?q=damocles&pagina=-4&sorteer=%00",
        "?thema=" + string.Join("&thema=", Enumerable.Range(0, 200)),
    };

    [Theory]
    [MemberData(nameof(OddInput))]
    public async Task Odd_input_gives_a_valid_feed(string query)
    {
        var response = await site.Factory.CreateClient().GetAsync("/zoeken/feed.xml" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_longer_than_search_reads_gets_a_friendly_400()
    {
        var client = site.Factory.CreateClient();
        var feed = await client.GetAsync("/zoeken/feed.xml?q=" + new string('a', 10_000));
        var page = await client.GetAsync("/zoeken/volgen?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, feed.StatusCode);
        Assert.Contains("te lang om te volgen", await feed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task The_follow_page_explains_following_and_gives_the_feed_address_to_copy()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/zoeken/volgen?q=vastgoed&regio=limburg");

        Assert.Contains("<h1>Volgen: zoekopdracht ‘vastgoed’ (RIEC Limburg)</h1>", WebUtility.HtmlDecode(html));
        Assert.Contains("<code>https://www.kennisplatformondermijning.nl/zoeken/feed.xml?q=vastgoed&amp;regio=limburg</code>", html);
        Assert.Contains("besloten pagina's staan nooit in een feed", WebUtility.HtmlDecode(html));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\"", html);
    }

    [Fact]
    public async Task Feed_links_use_the_address_the_site_was_built_for_never_the_requests_host_header()
    {
        var client = site.Factory.CreateClient();
        client.DefaultRequestHeaders.Host = "aanvaller.example";

        var feed = Parse(await client.GetStringAsync("/zoeken/feed.xml?q=vastgoed"));
        var follow = await client.GetStringAsync("/zoeken/volgen?q=vastgoed");

        var links = feed.Links.Select(l => l.Uri).Concat(feed.Items.SelectMany(i => i.Links.Select(l => l.Uri))).ToList();
        Assert.NotEmpty(feed.Items);
        Assert.All(links, uri => Assert.Equal("https://www.kennisplatformondermijning.nl", uri.GetLeftPart(UriPartial.Authority)));
        Assert.DoesNotContain("aanvaller.example", follow);
    }
}
