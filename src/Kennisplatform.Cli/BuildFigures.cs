using System.Diagnostics;
using System.Text.Json;
using Kennisplatform.Build;
using Kennisplatform.Content;

namespace Kennisplatform.Cli;

/// <summary>The wall time of one phase of a build, as <see cref="BuildReport.Phases"/> gives it.</summary>
public sealed record PhaseTime(string Name, double Seconds);

/// <summary>
/// The figures of one <c>kennisplatform build</c> process, written as JSON with <c>--report FILE</c>: what the build
/// made, each phase's time, and the process's own processor time, peak memory and collections (the bench reads them,
/// so that its figures are those of the deployed command).
/// </summary>
public sealed record BuildFigures(
    bool Succeeded,
    int Errors,
    int Warnings,
    string? FirstError,
    int PageCount,
    int IndexedCount,
    double BuildSeconds,
    IReadOnlyList<PhaseTime> Phases,
    long PeakWorkingSetBytes,
    long AllocatedBytes,
    int Gen2Collections,
    double CpuSeconds,
    string Cache = "off")
{
    /// <summary>camelCase, as the bench's other JSON.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The figures of <paramref name="report"/>, taken <paramref name="elapsed"/> after the build started, with this process's counters.</summary>
    public static BuildFigures Of(BuildReport report, TimeSpan elapsed)
    {
        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        using var self = Process.GetCurrentProcess();
        return new BuildFigures(
            report.Succeeded,
            errors.Count,
            report.Diagnostics.Count - errors.Count,
            errors.FirstOrDefault()?.ToString(),
            report.PageCount,
            report.IndexedCount,
            elapsed.TotalSeconds,
            report.Phases.Select(p => new PhaseTime(p.Phase, p.Elapsed.TotalSeconds)).ToList(),
            self.PeakWorkingSet64,
            GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(2),
            self.TotalProcessorTime.TotalSeconds,
            report.Cache);
    }
}
