namespace Kennisplatform.Content;

/// <summary>Everything read from a content folder: documents, other files (assets) and what was wrong.</summary>
public sealed record ContentSet(
    string Root,
    IReadOnlyList<Document> Documents,
    IReadOnlyList<string> Assets,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
