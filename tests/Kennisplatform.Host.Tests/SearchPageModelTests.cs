using Kennisplatform.Contracts;
using Kennisplatform.Search;

namespace Kennisplatform.Host.Tests;

/// <summary>The links of the results page's facets and filters, made without copying the request for each.</summary>
public class SearchPageModelTests
{
    private static readonly Taxonomy[] Taxonomies =
    [
        new() { Key = "themes", Term = "theme", Folder = "themas", Label = "Thema", PluralLabel = "Thema's", Parameter = "thema" },
        new() { Key = "regions", Term = "region", Folder = "regios", Label = "Regio", PluralLabel = "Regio's", Parameter = "regio" },
    ];

    private static readonly string[] Fields = [IndexFields.Type, "themes", "regions", IndexFields.Year];

    // Values that escape differently, and the same value twice in one filter.
    private static readonly string[] Values = ["nieuws", "praktijkvoorbeeld", "zorg & welzijn", "2021", "café", "a+b", "x"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_filter_link_is_the_URL_of_the_request_with_that_filter_replaced_on_its_first_page(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var request = Request(random);
            var field = Fields[random.Next(Fields.Length)];
            IReadOnlyList<string> values = [.. Enumerable.Range(0, random.Next(4)).Select(_ => Values[random.Next(Values.Length)])];
            Assert.Equal(SearchParameters.Url(request.WithFilter(field, values) with { Page = 1 }, Taxonomies),
                SearchParameters.Url(request, Taxonomies, field, values));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_facet_value_and_active_filter_links_to_the_request_with_that_value_toggled(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 20; i++)
        {
            var request = Request(random);
            var facets = Fields.ToDictionary(f => f, f => (IReadOnlyList<FacetCount>)Values.Distinct().Where(_ => random.Next(2) == 0)
                .Concat(request.Filter(f)).Distinct()
                .Select(v => new FacetCount(v, v.ToUpperInvariant(), random.Next(100), request.Filter(f).Contains(v))).ToList());
            var result = new SearchResult(request.Query ?? "", 30, [], 1, 3, facets);

            var model = SearchPageModelFactory.Create(request, result, Taxonomies);

            var expected = Fields.SelectMany(f => facets[f].Where((c, k) => c.Selected || k < 12)
                .Select(c => SearchParameters.Url(Toggle(request, f, c.Value), Taxonomies))).ToList();
            Assert.Equal(expected, model.Facets.SelectMany(g => g.Values).Select(v => v.Url).ToList());
            var removing = Fields.SelectMany(f => facets[f].Where(c => c.Selected)
                .Select(c => (c.Value, SearchParameters.Url(Toggle(request, f, c.Value), Taxonomies)))).ToList();
            Assert.Equal(removing, model.ActiveFilters.Select(a => (a.Value, a.RemoveUrl)).ToList());
        }
    }

    // What a facet link asks for: the request with the value added, or removed when it was selected; back to page 1.
    private static SearchRequest Toggle(SearchRequest request, string field, string value)
    {
        var current = request.Filter(field);
        IReadOnlyList<string> next = current.Contains(value) ? current.Where(v => v != value).ToList() : [.. current, value];
        return request.WithFilter(field, next) with { Page = 1 };
    }

    private static SearchRequest Request(Random random)
    {
        IReadOnlyList<string> Some() => [.. Enumerable.Range(0, random.Next(3)).Select(_ => Values[random.Next(Values.Length)]).Distinct()];
        return new SearchRequest(
            random.Next(4) == 0 ? "" : Values[random.Next(Values.Length)] + " woord",
            random.Next(1, 4),
            10,
            random.Next(2) == 0 ? SearchSort.Relevance : SearchSort.Date,
            random.Next(3) == 0 ? null : Some(),
            random.Next(3) == 0 ? null : Taxonomies.Where(_ => random.Next(2) == 0).ToDictionary(t => t.Key, _ => Some()),
            random.Next(3) == 0 ? null : Some());
    }
}
