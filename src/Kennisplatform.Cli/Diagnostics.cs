using Kennisplatform.Content;

namespace Kennisplatform.Cli;

/// <summary>Prints diagnostics as <c>content/path:line:column: error: message</c>, errors to standard error.</summary>
public static class Diagnostics
{
    /// <summary>Prints every diagnostic with its path relative to the working folder.</summary>
    public static void Print(string contentFolder, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var writer = d.Severity == Severity.Error ? Console.Error : Console.Out;
            writer.WriteLine((d with { Path = Path.Combine(contentFolder, d.Path).Replace('\\', '/') }).ToString());
        }
    }
}
