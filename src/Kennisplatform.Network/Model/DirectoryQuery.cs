namespace Kennisplatform.Network.Model;

/// <summary>A search of the directory: free text, filters per facet, an order and a page.</summary>
public sealed record DirectoryQuery(
    string? Text = null,
    string? Theme = null,
    string? Region = null,
    string? Organisation = null,
    bool NewestFirst = false,
    int Page = 1,
    int PageSize = 20);

/// <summary>How many matching items carry a facet value.</summary>
public sealed record FacetCount(string Facet, string Value, int Count);

/// <summary>One page of results with the total and the counts per facet value.</summary>
public sealed record DirectoryPage<T>(IReadOnlyList<T> Items, int Total, IReadOnlyList<FacetCount> Facets);
