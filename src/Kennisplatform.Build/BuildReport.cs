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

    /// <summary>How many pages were rendered (with the cache, the rest were taken from it).</summary>
    public int Rendered { get; init; }

    /// <summary>How many content files were parsed and rendered (with the cache, the rest were taken from it).</summary>
    public int Parsed { get; init; }

    /// <summary>How many files were written into the build folder, of <see cref="Files"/>; the rest were there already.</summary>
    public int Written { get; init; }

    /// <summary>How many files the build has.</summary>
    public int Files { get; init; }

    /// <summary>The processor time (all threads) of each phase; "check" covers load and parse.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> ProcessorTimes { get; init; } = [];

    /// <summary>The bytes allocated (all threads) in each phase of <see cref="ProcessorTimes"/>: what the collector has to deal with.</summary>
    public IReadOnlyList<(string Phase, long Bytes)> Allocations { get; init; } = [];

    /// <summary>A failed build with its diagnostics.</summary>
    public static BuildReport Failed(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<(string, TimeSpan)> phases) =>
        new(false, diagnostics, 0, 0, phases);
}
