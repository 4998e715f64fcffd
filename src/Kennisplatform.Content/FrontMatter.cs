using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kennisplatform.Content;

/// <summary>The YAML block between <c>---</c> lines at the top of a content file, with positions kept.</summary>
public sealed class FrontMatter
{
    private FrontMatter(FrontMatterMap root, string body, int bodyLine, IReadOnlyList<FrontMatterField>? examples = null)
    {
        Root = root;
        _body = body;
        BodyLine = bodyLine;
        ExampleFields = examples ?? [];
    }

    private FrontMatter(FrontMatterMap root, Func<string> body, int bodyLine, IReadOnlyList<FrontMatterField> examples)
    {
        Root = root;
        _readBody = body;
        BodyLine = bodyLine;
        ExampleFields = examples;
    }

    private string? _body;
    private readonly Func<string>? _readBody;

    /// <summary>The fields, in the order written.</summary>
    public FrontMatterMap Root { get; }

    /// <summary>The Markdown after the closing <c>---</c>.</summary>
    public string Body => _body ??= _readBody!();

    /// <summary>The 1-based line in the file where <see cref="Body"/> starts.</summary>
    public int BodyLine { get; }

    /// <summary>
    /// Fields still marked <c># voorbeeld</c> on their line: the editor templates mark their example values so, and
    /// a page that keeps the mark was not filled in (<see cref="TemplateText"/>).
    /// </summary>
    public IReadOnlyList<FrontMatterField> ExampleFields { get; }

    /// <summary>The field with this key, or null.</summary>
    public FrontMatterField? this[string key] => Root[key];

    /// <summary>The same front matter with an empty body (see <see cref="Document.WithoutBody"/>).</summary>
    public FrontMatter WithoutBody() => new(Root, "", BodyLine, ExampleFields) { _changeNotes = _changeNotes };

    private IReadOnlyList<ChangeNote>? _changeNotes;

    /// <summary>
    /// The valid change notes (<see cref="Content.ChangeNotes.Of"/>), read once: feeds, listings and freshness ask
    /// every document for them several times per build. The fields never change, so neither do the notes.
    /// </summary>
    internal IReadOnlyList<ChangeNote> ChangeNotes => _changeNotes ??= Content.ChangeNotes.Of(this);

    /// <summary>
    /// Front matter as <see cref="Parse"/> made it before (kept by a build cache), from its parts; its body is read only
    /// when asked for (<paramref name="body"/>): after an edit nearly every body is rendered and checked already, so
    /// most are never read back.
    /// </summary>
    public static FrontMatter Restore(FrontMatterMap root, Func<string> body, int bodyLine, IReadOnlyList<FrontMatterField> exampleFields) =>
        new(root, body, bodyLine, exampleFields);

    /// <summary>Splits a file into front matter and body; returns null and diagnostics when it cannot.</summary>
    public static FrontMatter? Parse(string path, string text, ICollection<Diagnostic> diagnostics)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, "missing front matter: the file must start with a line '---'"));
            return null;
        }
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, "front matter is not closed: add a line '---' after the last field"));
            return null;
        }
        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var bodyLine = close + 2;
        const int lineOffset = 1; // the YAML starts on the second line of the file

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Trim();
            diagnostics.Add(Diagnostic.Error(path, (int)e.Start.Line + lineOffset, Math.Max(1, (int)e.Start.Column),
                $"invalid YAML in front matter: {Describe(reason)}{UnquotedColon.Hint(yaml, (int)e.Start.Line)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // Some malformed input makes YamlDotNet's scanner fail without a position: find it from the last good token.
            diagnostics.Add(Diagnostic.Error(path, LastGoodLine(yaml) + lineOffset, 1,
                "invalid YAML in front matter: a list, quote or bracket is not closed"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new FrontMatter(new FrontMatterMap([], 2, 1), body, bodyLine);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Add(Diagnostic.Error(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column,
                "front matter must be a list of 'key: value' fields"));
            return null;
        }
        var root = Convert(path, mapping, lineOffset, diagnostics);
        return root is FrontMatterMap map ? new FrontMatter(map, body, bodyLine, TemplateText.MarkedExamples(yaml, map, lineOffset)) : null;
    }

    private static int LastGoodLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } current) line = (int)current.End.Line;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
        }
        return line;
    }

    private static string Describe(string reason)
    {
        // YamlDotNet's messages carry their own positions; ours already names file and line.
        var paren = reason.IndexOf("(Line:", StringComparison.Ordinal);
        var message = paren > 0 ? reason[..paren].Trim() : reason;
        return message.Length == 0 ? "syntax error" : char.ToLowerInvariant(message[0]) + message[1..];
    }

    internal static FrontMatterNode Convert(string path, YamlNode node, int lineOffset, ICollection<Diagnostic> diagnostics)
    {
        var line = (int)node.Start.Line + lineOffset;
        var column = (int)node.Start.Column;
        switch (node)
        {
            case YamlMappingNode map:
                var fields = new List<FrontMatterField>();
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    var keyLine = (int)keyNode.Start.Line + lineOffset;
                    var keyColumn = (int)keyNode.Start.Column;
                    var key = (keyNode as YamlScalarNode)?.Value ?? "";
                    if (fields.Any(f => f.Key == key))
                    {
                        diagnostics.Add(Diagnostic.Error(path, keyLine, keyColumn, $"field '{key}' is given twice"));
                        continue;
                    }
                    fields.Add(new FrontMatterField(key, keyLine, keyColumn, Convert(path, valueNode, lineOffset, diagnostics)));
                }
                return new FrontMatterMap(fields, line, column);
            case YamlSequenceNode seq:
                return new FrontMatterList(seq.Children.Select(c => Convert(path, c, lineOffset, diagnostics)).ToList(), line, column);
            case YamlScalarNode scalar:
                return new FrontMatterScalar(scalar.Value ?? "", line, column);
            default:
                return new FrontMatterScalar("", line, column);
        }
    }
}
