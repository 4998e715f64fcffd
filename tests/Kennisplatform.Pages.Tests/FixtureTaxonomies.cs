using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Testing;

namespace Kennisplatform.Pages.Tests;

/// <summary>The taxonomy table of the fixture content (themes and regions), for sites built from documents in a test.</summary>
public static class FixtureTaxonomies
{
    /// <summary>The table, read once.</summary>
    public static IReadOnlyList<Taxonomy> Table { get; } = TaxonomyTable.Load(Fixtures.ContentFolder, new List<Diagnostic>());
}
