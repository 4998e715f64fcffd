using Kennisplatform.Network.Model;
using Kennisplatform.Theme.Models;
using Microsoft.AspNetCore.WebUtilities;

namespace Kennisplatform.Host.Network;

/// <summary>The parameters of a network list (<c>q</c>, <c>thema</c>, <c>regio</c>, <c>organisatie</c>, <c>sortering</c>, <c>pagina</c>) and links that change one of them.</summary>
public sealed record ListQuery(string Path, string? Text, string? Theme, string? Region, string? Organisation, bool NewestFirst, int Page)
{
    private const int PageSize = 20;

    /// <summary>Reads the query string; odd values are ignored rather than refused.</summary>
    public static ListQuery From(string path, IQueryCollection query)
    {
        static string? One(IQueryCollection q, string key, int max) =>
            q[key].ToString() is { Length: > 0 } v ? v.Trim()[..Math.Min(v.Trim().Length, max)] : null;
        var page = int.TryParse(query["pagina"], out var p) && p is > 0 and < 1000 ? p : 1;
        return new ListQuery(path, One(query, "q", 200), One(query, "thema", 80), One(query, "regio", 80), One(query, "organisatie", 200),
            query["sortering"] == "nieuw", page);
    }

    /// <summary>The store's query.</summary>
    public DirectoryQuery ToDirectory() => new(Text, Theme, Region, Organisation, NewestFirst, Page, PageSize);

    /// <summary>The filters to keep when the search form is sent again.</summary>
    public IReadOnlyDictionary<string, string> Filters()
    {
        var filters = new Dictionary<string, string>();
        if (Theme is not null) filters["thema"] = Theme;
        if (Region is not null) filters["regio"] = Region;
        if (Organisation is not null) filters["organisatie"] = Organisation;
        return filters;
    }

    /// <summary>The facet groups with links that set or clear each value.</summary>
    public IReadOnlyList<FacetGroup> Facets(IReadOnlyList<FacetCount> counts, Taxonomy taxonomy, string organisationTitle = "Organisatie")
    {
        FacetGroup Group(string title, string facet, string? current, Func<string, string> label) => new(title, counts
            .Where(c => c.Facet == facet).Take(40)
            .Select(c => new FacetOption(label(c.Value), c.Count, With(facet, c.Value == current ? null : c.Value), c.Value == current)).ToList());
        return
        [
            Group("Thema", Facet.Theme, Theme, taxonomy.ThemeTitle),
            Group("Regio", Facet.Region, Region, taxonomy.RegionTitle),
            Group(organisationTitle, Facet.Organisation, Organisation, v => v),
        ];
    }

    /// <summary>The previous and next page links.</summary>
    public (Link? Previous, Link? Next) Pages(int total) => (
        Page > 1 ? new Link("Vorige pagina", With("pagina", (Page - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) : null,
        Page * PageSize < total ? new Link("Volgende pagina", With("pagina", (Page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) : null);

    /// <summary>This list with one parameter set (or removed when null); changing a filter goes back to page 1.</summary>
    public string With(string key, string? value)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Text, ["thema"] = Theme, ["regio"] = Region, ["organisatie"] = Organisation,
            ["sortering"] = NewestFirst ? "nieuw" : null, ["pagina"] = null,
        };
        values[key] = value;
        return QueryHelpers.AddQueryString(Path, values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value));
    }
}
