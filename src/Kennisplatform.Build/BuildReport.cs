using Kennisplatform.Content;

namespace Kennisplatform.Build;

/// <summary>The outcome of a build: diagnostics, what was produced, and how long each phase took.</summary>
public sealed record BuildReport(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    int PageCount,
    int IndexedCount,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases)
{
    /// <summary>How the build cache was used: "off", "unchanged" (nothing to do), or what was reused.</summary>
    public string Cache { get; init; } = "off";

    /// <summary>A failed build with its diagnostics.</summary>
    public static BuildReport Failed(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<(string, TimeSpan)> phases) =>
        new(false, diagnostics, 0, 0, phases);
}
