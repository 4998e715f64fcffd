// The commands write to the console; tests in this assembly redirect it, so they must not run in parallel.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace Kennisplatform.Cli.Tests;

/// <summary>Captures standard output and error while a command runs.</summary>
public sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;
    private readonly StringWriter _capturedOut = new();
    private readonly StringWriter _capturedError = new();

    /// <summary>Starts capturing.</summary>
    public ConsoleCapture()
    {
        Console.SetOut(_capturedOut);
        Console.SetError(_capturedError);
    }

    /// <summary>What was written to standard output.</summary>
    public string Out => _capturedOut.ToString();

    /// <summary>What was written to standard error.</summary>
    public string Error => _capturedError.ToString();

    /// <inheritdoc />
    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
    }
}
