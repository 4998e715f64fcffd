using System.CommandLine;
using Kennisplatform.Build;
using Kennisplatform.Content;
using Kennisplatform.Pages.Artifacts;

namespace Kennisplatform.Cli;

/// <summary>
/// <c>kennisplatform check [--content DIR] [--previous SITE]</c>: validates all content and prints compiler-style
/// diagnostics; every address of the previous build (default: <c>_site</c>, when built) must still exist. It also warns
/// about reviews older than twelve months (<see cref="Freshness"/>), which the build leaves out: a build's outcome does
/// not depend on the day it runs.
/// </summary>
public static class CheckCommand
{
    /// <summary>The <c>check</c> verb; <paramref name="today"/> dates the review warnings.</summary>
    public static Command Create(DateOnly today)
    {
        var content = CommonOptions.Content();
        var previous = CommonOptions.Previous("_site");
        var command = new Command("check", "validate content; file:line:column diagnostics") { content, previous };
        command.SetAction(parsed => Run(parsed.GetValue(content)!, parsed.GetValue(previous)!, today));
        return command;
    }

    /// <summary>Exit code 1 when there is an error, 0 otherwise (warnings included).</summary>
    public static int Run(string folder, string previousSite = "_site", DateOnly? today = null)
    {
        var result = new ContentCompiler().Compile(folder, AddressManifest.ReadFile(previousSite));
        var diagnostics = result.Diagnostics
            .Concat(Freshness.Warnings(result.Content.Documents, today ?? DateOnly.FromDateTime(DateTime.Today)))
            .ToList();
        Diagnostics.Print(folder, diagnostics);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var summary = $"{result.Content.Documents.Count} documents checked: {errors} error(s), {warnings} warning(s).";
        (errors > 0 ? Console.Error : Console.Out).WriteLine(summary);
        return errors > 0 ? 1 : 0;
    }
}
