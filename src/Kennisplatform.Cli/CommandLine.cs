using System.CommandLine;

namespace Kennisplatform.Cli;

/// <summary>
/// The command line of <c>kennisplatform</c>: one System.CommandLine command per verb. To add a verb, write a class with
/// a <c>Command Create()</c> that declares its arguments and options and sets its action, and add it to the list below.
/// </summary>
public static class CommandLine
{
    /// <summary>The root command with every verb; <paramref name="today"/> dates new pages.</summary>
    public static RootCommand Create(DateOnly today)
    {
        var root = new RootCommand("kennisplatform — builds and serves the Kennisplatform Ondermijning");
        Command[] verbs =
        [
            CheckCommand.Create(today),
            NewCommand.Create(today),
            BuildCommand.Create(),
            ServeCommand.Create(),
            EvalCommand.Create(),
            PasswordCommand.Create(),
            BackupCommand.Create(),
            ReportCommand.Create(today),
        ];
        foreach (var verb in verbs) root.Subcommands.Add(verb);
        // "kennisplatform help" as well as --help; without a verb the help is shown too.
        var help = new Command("help", "show this help");
        help.SetAction(_ => root.Parse("--help").Invoke());
        root.Subcommands.Add(help);
        root.SetAction(_ => root.Parse("--help").Invoke());
        return root;
    }

    /// <summary>Parses and runs a command line; returns the exit code (2 for a command line that does not parse).</summary>
    public static async Task<int> RunAsync(string[] args, DateOnly today, CancellationToken cancel = default)
    {
        var parsed = Create(today).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine("Run 'kennisplatform --help' for the verbs and their options.");
            return 2;
        }
        // The host handles Ctrl+C and SIGTERM itself (graceful shutdown); the parser must not end the process first.
        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancel);
    }
}
