using System.Globalization;
using Kennisplatform.Contracts;
using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>
/// The query string of the search page and API (<c>q</c>, <c>pagina</c>, <c>sorteer</c>, <c>type</c>, <c>jaar</c>,
/// and the parameter of each taxonomy: <c>thema</c>, <c>regio</c>, …), read leniently: a bad value falls back to its
/// default, never to an error.
/// </summary>
public static class SearchParameters
{
    private const int MaxValues = 20;

    /// <summary>Reads a request from a query string, with a filter per taxonomy of the index's table.</summary>
    public static SearchRequest Read(IQueryCollection query, IReadOnlyList<Taxonomy> taxonomies)
    {
        static IReadOnlyList<string> Values(IQueryCollection query, string key) =>
            query[key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Where(v => v.Length <= 100)
                .Distinct().Take(MaxValues).ToList();

        var page = int.TryParse(query[SearchUrl.Page].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var sort = query[SearchUrl.Sort].FirstOrDefault() == SearchUrl.SortByDate ? SearchSort.Date : SearchSort.Relevance;
        return new SearchRequest(
            query[SearchUrl.Query].FirstOrDefault() ?? "",
            Math.Clamp(page, 1, 1000),
            10,
            sort,
            Values(query, SearchUrl.Type),
            taxonomies.ToDictionary(t => t.Key, t => Values(query, t.Parameter)),
            Values(query, SearchUrl.Year));
    }

    /// <summary>The URL of the search page for a request (used for pagination, sorting and facet links).</summary>
    public static string Url(SearchRequest request, IReadOnlyList<Taxonomy> taxonomies, string path = SitePaths.Search) =>
        SearchUrl.For(Parameters(request, taxonomies), path);

    /// <summary>
    /// The URL of the search page for <paramref name="request"/> with the values of one filter field replaced, on its
    /// first page: the same as <see cref="Url(SearchRequest, IReadOnlyList{Taxonomy}, string)"/> of
    /// <c>request.WithFilter(field, values) with { Page = 1 }</c>, without copying the request and its filters. A
    /// results page has a link like this for every facet value it shows (up to a dozen per facet).
    /// </summary>
    public static string Url(SearchRequest request, IReadOnlyList<Taxonomy> taxonomies, string field, IReadOnlyList<string> values) =>
        SearchUrl.For(Parameters(request, taxonomies, (field, values), page: 1));

    // The parameters in the order every search URL has them; with replaced, one filter field's values are those given.
    private static IEnumerable<(string, string)> Parameters(SearchRequest request, IReadOnlyList<Taxonomy> taxonomies,
        (string Field, IReadOnlyList<string> Values)? replaced = null, int? page = null)
    {
        IReadOnlyList<string> Filter(string field) => replaced is { } r && r.Field == field ? r.Values : request.Filter(field);
        if (!string.IsNullOrEmpty(request.Query)) yield return (SearchUrl.Query, request.Query);
        foreach (var v in Filter(IndexFields.Type)) yield return (SearchUrl.Type, v);
        foreach (var t in taxonomies)
        {
            foreach (var v in Filter(t.Key)) yield return (t.Parameter, v);
        }
        foreach (var v in Filter(IndexFields.Year)) yield return (SearchUrl.Year, v);
        if (request.Sort == SearchSort.Date) yield return (SearchUrl.Sort, SearchUrl.SortByDate);
        if ((page ?? request.Page) is > 1 and var p) yield return (SearchUrl.Page, p.ToString(CultureInfo.InvariantCulture));
    }
}
