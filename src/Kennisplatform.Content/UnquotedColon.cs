using System.Text.RegularExpressions;

namespace Kennisplatform.Content;

/// <summary>
/// Recognises the most common YAML mistake of editors, a colon inside an unquoted value
/// (<c>title: Vastgoed: wat werkt</c>), which YAML reads as a second field; the hint says in Dutch what to do.
/// </summary>
public static partial class UnquotedColon
{
    // A field or list item whose unquoted value holds ": " or ends in ":".
    [GeneratedRegex("""^\s*(?:(?<key>[A-Za-z_][\w-]*):\s+|-\s+)(?<value>[^"'\s\[{>|&*!#][^#]*?(?::\s|:$)[^#]*?)\s*(?:#.*)?$""")]
    private static partial Regex Pattern();

    /// <summary>
    /// The hint for a YAML error reported on <paramref name="line"/> (1-based, within the YAML) or the line before it,
    /// or an empty string when no unquoted colon is found there.
    /// </summary>
    public static string Hint(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        foreach (var index in new[] { line - 1, line - 2 })
        {
            if (index < 0 || index >= lines.Length) continue;
            var match = Pattern().Match(lines[index].TrimEnd());
            if (!match.Success) continue;
            var value = match.Groups["value"].Value.Trim().Replace("\"", "\\\"");
            var key = match.Groups["key"].Success ? match.Groups["key"].Value + ": " : "- ";
            return $" — de waarde bevat een dubbele punt; zet de hele waarde tussen aanhalingstekens: {key}\"{value}\"";
        }
        return "";
    }
}
