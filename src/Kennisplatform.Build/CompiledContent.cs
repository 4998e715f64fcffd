using Kennisplatform.Content;
using Kennisplatform.Pages;

namespace Kennisplatform.Build;

/// <summary>Content after <see cref="ContentCompiler"/>: the documents, their rendered bodies and the diagnostics.</summary>
public sealed record CompiledContent(
    ContentSet Content,
    IReadOnlyList<RenderedDocument> Rendered,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan LoadTime = default,
    TimeSpan ParseTime = default)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
