using System.Text;
using System.Text.RegularExpressions;

namespace Kennisplatform.Pages.Markdown;

/// <summary>
/// Reduces raw HTML written in content to an allowlist of harmless tags without attributes.
/// Scripts, styles, frames and their contents go; every other tag is dropped; stray angle brackets are escaped.
/// </summary>
public static partial class RawHtmlFilter
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "i", "em", "strong", "u", "s", "sup", "sub", "br", "small", "mark", "abbr", "code", "kbd",
        "p", "ul", "ol", "li", "blockquote", "hr", "dl", "dt", "dd",
    };

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "br", "hr" };

    // Elements whose content is never text for a reader and must disappear with the element.
    private static readonly HashSet<string> Dangerous = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "svg", "math", "frameset", "frame",
    };

    [GeneratedRegex(@"<!--.*?(-->|$)|<!\[CDATA\[.*?(\]\]>|$)|<[!?][^>]*>|</?([a-zA-Z][a-zA-Z0-9-]*)(?:[^>""']|""[^""]*""|'[^']*')*>", RegexOptions.Singleline)]
    private static partial Regex Token();

    /// <summary>Returns safe HTML for a raw HTML fragment (a block or a single inline tag).</summary>
    public static string Filter(string html)
    {
        var output = new StringBuilder(html.Length);
        string? skipUntilClose = null;
        var position = 0;
        foreach (Match match in Token().Matches(html))
        {
            if (skipUntilClose is null) AppendText(output, html[position..match.Index]);
            position = match.Index + match.Length;
            var name = match.Groups[3].Value;
            if (name.Length == 0) continue; // comment, doctype, processing instruction
            var closing = match.Value.StartsWith("</", StringComparison.Ordinal);
            if (skipUntilClose is not null)
            {
                if (closing && name.Equals(skipUntilClose, StringComparison.OrdinalIgnoreCase)) skipUntilClose = null;
                continue;
            }
            if (Dangerous.Contains(name))
            {
                if (!closing && !match.Value.EndsWith("/>", StringComparison.Ordinal)) skipUntilClose = name;
                continue;
            }
            if (!Allowed.Contains(name)) continue;
            var tag = name.ToLowerInvariant();
            if (Void.Contains(tag)) output.Append('<').Append(tag).Append('>');
            else output.Append(closing ? "</" : "<").Append(tag).Append('>');
        }
        if (skipUntilClose is null) AppendText(output, html[position..]);
        return output.ToString();
    }

    private static void AppendText(StringBuilder output, string text)
    {
        // Text between tags keeps its entities; only characters that could start or end markup are escaped.
        output.Append(text.Replace("<", "&lt;").Replace(">", "&gt;"));
    }
}
