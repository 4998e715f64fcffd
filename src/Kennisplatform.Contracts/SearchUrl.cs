using System.Text;

namespace Kennisplatform.Contracts;

/// <summary>
/// The query string of the search page and API: the names the build's links, the theme's forms and the host's
/// parser share. Filter values are slugs (type keys, taxonomy slugs, years). Each taxonomy filters under its own
/// parameter (<see cref="Taxonomy.Parameter"/>: <c>thema</c>, <c>regio</c>, …), named in the taxonomy table.
/// </summary>
public static class SearchUrl
{
    /// <summary>The words searched for.</summary>
    public const string Query = "q";

    /// <summary>Filter on document type (its key, e.g. <c>praktijkvoorbeeld</c>); may repeat.</summary>
    public const string Type = "type";

    /// <summary>Filter on year; may repeat.</summary>
    public const string Year = "jaar";

    /// <summary>The order of results; <see cref="SortByDate"/> or absent for relevance.</summary>
    public const string Sort = "sorteer";

    /// <summary>The value of <see cref="Sort"/> that orders newest first.</summary>
    public const string SortByDate = "datum";

    /// <summary>The page of results, from 1.</summary>
    public const string Page = "pagina";

    /// <summary>A search URL with these parameters in this order (values escaped), on the search page by default.</summary>
    public static string For(IEnumerable<(string Name, string Value)> parameters, string path = SitePaths.Search)
    {
        // Room for a results page's links (the query and a few filters) without growing the builder.
        var builder = new StringBuilder(path, 160);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return builder.ToString();
    }
}
