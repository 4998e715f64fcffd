using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kennisplatform.Bench;

/// <summary>The JSON settings of the bench: camelCase, one line, for the child's report and the final summary line.</summary>
public static class BenchJson
{
    /// <summary>Shared options (the type caches metadata per options instance).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        // The line goes to a terminal or a file, never into HTML: keep '+', '&' and 'ë' in queries readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
