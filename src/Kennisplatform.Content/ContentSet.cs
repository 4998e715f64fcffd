using Kennisplatform.Contracts;

namespace Kennisplatform.Content;

/// <summary>Everything read from a content folder: documents, other files (assets), the taxonomy table and what was wrong.</summary>
public sealed record ContentSet(
    string Root,
    IReadOnlyList<Document> Documents,
    IReadOnlyList<string> Assets,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The taxonomy table (<see cref="TaxonomyTable"/>).</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; init; } = [];

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
