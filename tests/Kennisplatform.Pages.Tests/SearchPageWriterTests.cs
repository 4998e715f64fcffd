using Kennisplatform.Contracts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;

namespace Kennisplatform.Pages.Tests;

/// <summary>The results page written by hand is, byte for byte, the page the Razor components render.</summary>
public class SearchPageWriterTests
{
    // Text that every encoding step treats differently: markup characters, quotes, '+', accents, a pair of surrogates,
    // the gap of a page list, and nothing at all.
    private static readonly string[] Texts =
    [
        "vastgoed", "café & co", "<b>\"x\"</b>", "Regio's + thema's", "Göteborg 🚓", "a\u00a0b", "", "…", "1", "Zoeken: witwassen",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Writes_the_bytes_that_the_Razor_page_renders(int seed)
    {
        var renderer = new ThemeRenderer();
        var random = new Random(seed);
        for (var i = 0; i < 25; i++)
        {
            var model = Model(random);
            var expected = await renderer.RenderUtf8Async<SearchPage>(model);
            var written = SearchPageWriter.Write(model);
            Assert.True(expected.AsSpan().SequenceEqual(written),
                $"seed {seed}, model {i}: first difference at byte {expected.AsSpan().CommonPrefixLength(written)}\n"
                + $"razor:  {Around(expected, written)}\nwriter: {Around(written, expected)}");
        }
    }

    [Fact]
    public async Task Writes_the_page_of_a_search_with_everything_on_it()
    {
        var frame = new PageFrame("Zoeken: café", "Zoek.", SitePaths.Search, [new Link("Home", "/")], Section: "/themas/", Query: "café",
            NoIndex: true, Feeds: [new Link("Volgen", "/zoeken/feed.xml?q=caf%C3%A9&type=nieuws")], Restricted: true,
            Follow: new Link("Volg", "/volgen/"));
        var hits = new[]
        {
            new SearchHit("Pand & café", "/p/1/", "Praktijkvoorbeeld", "een <mark>café</mark>", "mei 2021", "2021-05", ["Vastgoed"], Restricted: true),
            new SearchHit("Zonder datum", "/p/2/", "Begrip", "", null, null, []),
        };
        var model = new SearchPageModel(frame, "café", "Let op: \"x\"", 2, hits,
            [new FacetGroup("type", "Soort", [new FacetValue("Nieuws", 2, "/zoeken/?q=caf%C3%A9", true), new FacetValue("Regio's", 0, "/r", false)])],
            [new ActiveFilter("type", "nieuws", "Nieuws", "/zoeken/?q=caf%C3%A9")], "cafe", "/zoeken/?q=cafe",
            [new Link("1", "/zoeken/?q=caf%C3%A9"), new Link(PageLinks.Gap, ""), new Link("3", "")], new Link("Vorige", "/v"), new Link("Volgende", "/n"),
            [new Link("relevantie", "/zoeken/?q=caf%C3%A9"), new Link("datum", "")], SearchUrl.SortByDate,
            [new SearchHit("Profiel", "/netwerk/p/", "Profiel", "<mark>café</mark>", null, null, [], Restricted: true)],
            new Link("Volg deze zoekopdracht", "/zoeken/volgen?q=caf%C3%A9"));

        Assert.Equal(await new ThemeRenderer().RenderUtf8Async<SearchPage>(model), SearchPageWriter.Write(model));
    }

    private static SearchPageModel Model(Random random)
    {
        string Text() => Texts[random.Next(Texts.Length)];
        string? Maybe(Func<string> make) => random.Next(3) == 0 ? null : make();
        Link MakeLink() => new(Text(), random.Next(4) == 0 ? "" : "/zoeken/?q=" + Uri.EscapeDataString(Text()) + "&type=nieuws");
        List<T> Some<T>(int most, Func<T> make) => [.. Enumerable.Range(0, random.Next(most + 1)).Select(_ => make())];

        var query = random.Next(5) == 0 ? "" : Text();
        var frame = new PageFrame(
            Text(),
            Text(),
            random.Next(6) == 0 ? "/" : SitePaths.Search,
            Some(2, MakeLink),
            Section: random.Next(3) == 0 ? SiteNavigation.Sections[random.Next(SiteNavigation.Sections.Count)].Url : null,
            Query: Maybe(Text),
            NoIndex: random.Next(2) == 0,
            CanonicalUrl: Maybe(() => "https://example.org/zoeken/?q=" + Text()),
            Feeds: random.Next(3) == 0 ? null : Some(2, MakeLink),
            OpenGraphType: random.Next(2) == 0 ? "website" : "article",
            Restricted: random.Next(4) == 0,
            Follow: random.Next(4) == 0 ? MakeLink() : null);
        var hits = Some(12, () => new SearchHit(Text(), "/p/" + Text(), Text(), random.Next(2) == 0 ? "… <mark>" + Text() + "</mark> …" : Text(),
            Maybe(Text), Maybe(Text), Some(2, Text), random.Next(4) == 0));
        var facets = Some(5, () => new FacetGroup(Text(), Text(),
            Some(13, () => new FacetValue(Text(), random.Next(3) == 0 ? random.NextInt64(0, 100_000) : random.Next(20), "/zoeken/?" + Text(), random.Next(4) == 0))));
        var active = Some(3, () => new ActiveFilter(Text(), Text(), Text(), "/zoeken/?q=" + Text()));
        var suggestion = Maybe(Text);
        var pages = Some(9, () => random.Next(6) == 0 ? new Link(PageLinks.Gap, "") : MakeLink());
        return new SearchPageModel(frame, query, Maybe(Text), random.Next(4) switch { 0 => 0, 1 => 1, _ => random.NextInt64(2, 20_000) },
            hits, facets, active, suggestion, suggestion is null ? null : Maybe(Text), pages, random.Next(2) == 0 ? MakeLink() : null,
            random.Next(2) == 0 ? MakeLink() : null, Some(2, MakeLink), random.Next(3) == 0 ? SearchUrl.SortByDate : "relevantie",
            random.Next(4) == 0 ? Some(3, () => new SearchHit(Text(), "/netwerk/" + Text(), Text(), Text(), null, null, [], true)) : null,
            random.Next(2) == 0 ? MakeLink() : null);
    }

    private static string Around(byte[] bytes, byte[] other)
    {
        var at = bytes.AsSpan().CommonPrefixLength(other);
        var from = Math.Max(0, at - 60);
        return System.Text.Encoding.UTF8.GetString(bytes, from, Math.Min(bytes.Length, at + 60) - from);
    }
}
