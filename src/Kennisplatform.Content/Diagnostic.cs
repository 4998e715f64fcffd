namespace Kennisplatform.Content;

/// <summary>How serious a diagnostic is: errors stop the build, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>A problem found in content, with the place it was found (1-based line and column).</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string path, int line, int column, string message) =>
        new(path, line, column, Severity.Error, message);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string path, int line, int column, string message) =>
        new(path, line, column, Severity.Warning, message);

    /// <summary>Compiler-style text: <c>path:line:column: error: message</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
