using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Kennisplatform.Testing;

namespace Kennisplatform.Bench;

/// <summary>
/// The <c>kennisplatform</c> command the bench builds with: published once per bench run from this source tree, as
/// docs/operations.md installs it (ReadyToRun, the project's runtime settings), or an installed one given with
/// <c>--cli DIR</c>. <paramref name="PublishSeconds"/> and <paramref name="PublishCpuSeconds"/> are null for an installed one.
/// </summary>
public sealed record PublishedCli(string Folder, double? PublishSeconds, double? PublishCpuSeconds)
{
    /// <summary>The command's entry assembly, run with <c>dotnet</c>.</summary>
    public string Assembly => Path.Combine(Folder, "kennisplatform.dll");

    /// <summary>An already published command in <paramref name="folder"/>; throws when it holds none.</summary>
    public static PublishedCli Installed(string folder)
    {
        var cli = new PublishedCli(Path.GetFullPath(folder), null, null);
        return File.Exists(cli.Assembly) ? cli : throw new FileNotFoundException($"--cli: no kennisplatform.dll in {cli.Folder}");
    }

    /// <summary>Publishes <c>src/Kennisplatform.Cli</c> of the source tree this bench was built from into <paramref name="folder"/>.</summary>
    public static async Task<PublishedCli> PublishAsync(string folder)
    {
        var project = Path.Combine(Fixtures.RepositoryRoot, "src", "Kennisplatform.Cli", "Kennisplatform.Cli.csproj");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        // No build servers: they would outlive the publish, and their processor time would not be counted.
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", folder, "-nologo", "-v", "q", "--disable-build-servers" })
            start.ArgumentList.Add(arg);
        Console.WriteLine($"Publishing the CLI ({string.Join(' ', start.ArgumentList)}) …");
        var cpuBefore = ChildProcessorSeconds();
        var clock = Stopwatch.StartNew();
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        await publish.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        if (publish.ExitCode != 0) throw new InvalidOperationException($"dotnet publish of the CLI failed (exit code {publish.ExitCode})");
        var cpu = ChildProcessorSeconds() - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Published the CLI in {seconds:0.0} s wall, {cpu:0.0} processor s"));
        return new PublishedCli(Path.GetFullPath(folder), seconds, cpu);
    }

    /// <summary>
    /// Processor seconds of this process's ended and awaited child processes with all of theirs (Linux: cutime and
    /// cstime of /proc/self/stat); null elsewhere.
    /// </summary>
    public static double? ChildProcessorSeconds()
    {
        if (!OperatingSystem.IsLinux()) return null;
        var stat = File.ReadAllText("/proc/self/stat");
        // The fields after the command name, which is in parentheses and may hold spaces: cutime and cstime are 16 and 17.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        const double ticksPerSecond = 100; // USER_HZ, 100 on Linux
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / ticksPerSecond;
    }
}
