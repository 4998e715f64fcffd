using System.Globalization;
using System.Text;
using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>
/// The query string of the search page and API (<c>q</c>, <c>pagina</c>, <c>sorteer</c>, <c>type</c>, <c>thema</c>,
/// <c>regio</c>, <c>jaar</c>), read leniently: a bad value falls back to its default, never to an error.
/// </summary>
public static class SearchParameters
{
    private const int MaxValues = 20;

    /// <summary>Reads a request from a query string.</summary>
    public static SearchRequest Read(IQueryCollection query)
    {
        static IReadOnlyList<string> Values(IQueryCollection query, string key) =>
            query[key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Where(v => v.Length <= 100)
                .Distinct().Take(MaxValues).ToList();

        var page = int.TryParse(query["pagina"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var sort = query["sorteer"].FirstOrDefault() == "datum" ? SearchSort.Date : SearchSort.Relevance;
        return new SearchRequest(
            query["q"].FirstOrDefault() ?? "",
            Math.Clamp(page, 1, 1000),
            10,
            sort,
            Values(query, "type"),
            Values(query, "thema"),
            Values(query, "regio"),
            Values(query, "jaar"));
    }

    /// <summary>The URL of the search page for a request (used for pagination, sorting and facet links).</summary>
    public static string Url(SearchRequest request, string path = "/zoeken/")
    {
        var parts = new List<string>();
        void Add(string key, string value) => parts.Add($"{key}={Uri.EscapeDataString(value)}");
        if (!string.IsNullOrEmpty(request.Query)) Add("q", request.Query);
        foreach (var v in request.Types ?? []) Add("type", v);
        foreach (var v in request.Themes ?? []) Add("thema", v);
        foreach (var v in request.Regions ?? []) Add("regio", v);
        foreach (var v in request.Years ?? []) Add("jaar", v);
        if (request.Sort == SearchSort.Date) Add("sorteer", "datum");
        if (request.Page > 1) Add("pagina", request.Page.ToString(CultureInfo.InvariantCulture));
        var builder = new StringBuilder(path);
        if (parts.Count > 0) builder.Append('?').Append(string.Join('&', parts));
        return builder.ToString();
    }
}
