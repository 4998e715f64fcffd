using System.Text.RegularExpressions;

namespace Kennisplatform.Content;

/// <summary>
/// What the editor templates in <c>content/sjablonen/</c> put in a new page for the editor to replace: placeholders
/// ("Vul de uitgever in"), example values marked <c># voorbeeld</c>, and the template's own body text. A page that
/// still holds any of them was not filled in, and <c>check</c> says where.
/// </summary>
public static partial class TemplateText
{
    [GeneratedRegex(@"^Vul\s(hier\sin\b.*|.+\sin\.?)$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*):.*#\s*voorbeeld\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleMark();

    /// <summary>True for a template placeholder value: "Vul … in".</summary>
    public static bool IsPlaceholder(string value) =>
        // Every placeholder starts with "Vul": the pattern runs only on values that do (every field of every page is asked).
        value.AsSpan().TrimStart().StartsWith("Vul", StringComparison.Ordinal) && Placeholder().IsMatch(value.Trim());

    /// <summary>The top-level fields whose line carries a <c># voorbeeld</c> comment.</summary>
    public static IReadOnlyList<FrontMatterField> MarkedExamples(string yaml, FrontMatterMap root, int lineOffset)
    {
        var lines = yaml.Split('\n');
        return lines
            .Select((text, index) => (Match: ExampleMark().Match(text), Line: index + 1 + lineOffset))
            .Where(x => x.Match.Success)
            .Select(x => root[x.Match.Groups["key"].Value])
            .OfType<FrontMatterField>()
            .ToList();
    }

    /// <summary>
    /// The lines of a template's body that an editor is meant to replace: everything but headings and blank lines,
    /// trimmed (so that "1. Eerste stap." is found however it is indented).
    /// </summary>
    public static IReadOnlySet<string> BodyLines(string templateBody) =>
        templateBody.Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Diagnostics for what a document kept of its template; <paramref name="bodyLines"/> are its type's template lines.</summary>
    public static IEnumerable<Diagnostic> Check(Document document, IReadOnlySet<string>? bodyLines) =>
        InFrontMatter(document).Concat(InBody(document, bodyLines));

    /// <summary>Example values and placeholders the front matter kept of the template.</summary>
    public static IEnumerable<Diagnostic> InFrontMatter(Document document)
    {
        var path = document.SourcePath;
        foreach (var field in document.FrontMatter.ExampleFields)
        {
            yield return Diagnostic.Error(path, field.Line, field.Column,
                $"example value from the template in '{field.Key}': replace it with this page's own value and remove the comment '# voorbeeld'");
        }
        foreach (var field in document.FrontMatter.Root.Fields)
        {
            var scalars = field.Value switch
            {
                FrontMatterScalar s => [s],
                FrontMatterList l => l.Items.OfType<FrontMatterScalar>().ToList(),
                _ => [],
            };
            foreach (var scalar in scalars.Where(s => IsPlaceholder(s.Text)))
            {
                yield return Diagnostic.Error(path, scalar.Line, scalar.Column,
                    $"placeholder from the template in '{field.Key}': replace '{scalar.Text.Trim()}' with the real value");
            }
        }
    }

    /// <summary>
    /// Lines of the body that are lines of the template (<paramref name="bodyLines"/>), reported at their line in the
    /// file: always after the front matter, so never at the place of another check's diagnostic.
    /// </summary>
    public static IEnumerable<Diagnostic> InBody(Document document, IReadOnlySet<string>? bodyLines)
    {
        var path = document.SourcePath;
        if (bodyLines is null || bodyLines.Count == 0) yield break;
        // Line by line without splitting the body: a trimmed line is made into a string only when its length is that
        // of a template line (most pages have none of them left).
        var lengths = bodyLines.Select(l => l.Length).ToHashSet();
        var body = document.Body;
        var start = 0;
        for (var i = 0; start <= body.Length; i++)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            var (text, column) = TemplateLine(body.AsSpan(start, end - start), lengths, bodyLines);
            start = end + 1;
            if (text is not null)
            {
                yield return Diagnostic.Error(path, document.FrontMatter.BodyLine + i, column, $"text from the template left in: replace or remove '{text}'");
            }
        }
    }

    /// <summary>The line's text and column when, trimmed, it is one of the template's lines.</summary>
    private static (string? Text, int Column) TemplateLine(ReadOnlySpan<char> line, HashSet<int> lengths, IReadOnlySet<string> bodyLines)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || !lengths.Contains(trimmed.Length)) return (null, 0);
        var text = trimmed.ToString();
        return bodyLines.Contains(text) ? (text, line.Length - line.TrimStart().Length + 1) : (null, 0);
    }
}
