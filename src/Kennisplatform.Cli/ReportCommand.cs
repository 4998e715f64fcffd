using System.CommandLine;

namespace Kennisplatform.Cli;

/// <summary>
/// <c>kennisplatform rapport &lt;soort&gt;</c>: reports for the editors, one subcommand each. To add a report, write a
/// class with a <c>Command Create()</c> and add it to the list below.
/// </summary>
public static class ReportCommand
{
    /// <summary>The <c>rapport</c> verb with its reports; <paramref name="today"/> is the day reports are drawn up.</summary>
    public static Command Create(DateOnly today)
    {
        var command = new Command("rapport", "reports for the editors");
        Command[] reports =
        [
            OutdatedReportCommand.Create(today),
            QueryReportCommand.Create(today),
        ];
        foreach (var report in reports) command.Subcommands.Add(report);
        return command;
    }
}
