namespace Kennisplatform.Content;

/// <summary>
/// The rules of the front-matter field <c>wijzigingen</c>: a list of items with <c>datum</c> (a full date, not before
/// the page's first publication) and <c>wijziging</c> (one line of text). Reading and checking live together here.
/// </summary>
public static class ChangeNotes
{
    /// <summary>The field name.</summary>
    public const string Field = "wijzigingen";

    /// <summary>The key of a note's day.</summary>
    public const string DateKey = "datum";

    /// <summary>The key of a note's line.</summary>
    public const string TextKey = "wijziging";

    /// <summary>Longest line a note may have: it is a headline in a feed reader, not a paragraph.</summary>
    public const int MaxLength = 200;

    private static readonly string[] Keys = [DateKey, TextKey];

    /// <summary>The valid notes of a document, newest first (invalid items are left to <see cref="Check"/>).</summary>
    public static IReadOnlyList<ChangeNote> Of(FrontMatter frontMatter) =>
        Items(frontMatter[Field]?.Value)
            .Select(item => (Date: Scalar(item, DateKey), Text: Scalar(item, TextKey)))
            .Where(n => n.Text is { Length: > 0 } && PartialDate.TryParse(n.Date, out var d) && d.Precision == DatePrecision.Day)
            .Select(n => new ChangeNote(PartialDate.TryParse(n.Date, out var d) ? d.Start : default, n.Text!.Trim()))
            .OrderByDescending(n => n.Date)
            .ToList();

    /// <summary>The problems of a document's <c>wijzigingen</c>, each at its line and column.</summary>
    public static IEnumerable<Diagnostic> Check(Document doc)
    {
        if (doc.FrontMatter[Field] is not { } field) yield break;
        var path = doc.SourcePath;
        if (field.Value is not FrontMatterList list)
        {
            yield return Diagnostic.Error(path, field.Value.Line, field.Value.Column,
                $"'{Field}' must be a list of changes, each with '{DateKey}: JJJJ-MM-DD' and '{TextKey}: één regel'");
            yield break;
        }
        foreach (var node in list.Items)
        {
            if (node is not FrontMatterMap item)
            {
                yield return Diagnostic.Error(path, node.Line, node.Column,
                    $"each change in '{Field}' needs '{DateKey}' and '{TextKey}', e.g. '- {DateKey}: 2026-03-12' and '  {TextKey}: Stap 3 aangepast'");
                continue;
            }
            foreach (var unknown in item.Fields.Where(f => !Keys.Contains(f.Key)))
            {
                yield return Diagnostic.Error(path, unknown.Line, unknown.Column,
                    $"unknown key '{unknown.Key}' in a change{DidYouMean.Hint(unknown.Key, Keys)}; a change has '{DateKey}' and '{TextKey}'");
            }
            foreach (var problem in CheckDate(path, item, doc.Date)) yield return problem;
            foreach (var problem in CheckText(path, item)) yield return problem;
        }
    }

    private static IEnumerable<Diagnostic> CheckDate(string path, FrontMatterMap item, PartialDate? published)
    {
        if (item[DateKey] is not { } date)
        {
            yield return Diagnostic.Error(path, item.Line, item.Column, $"a change without '{DateKey}': give the day of the change as YYYY-MM-DD");
            yield break;
        }
        var text = (date.Value as FrontMatterScalar)?.Text.Trim();
        if (!PartialDate.TryParse(text, out var day) || day.Precision != DatePrecision.Day)
        {
            yield return Diagnostic.Error(path, date.Value.Line, date.Value.Column,
                $"invalid date '{text}' in '{DateKey}' of a change: give the full date as YYYY-MM-DD, e.g. 2026-03-12");
        }
        else if (published is { } first && day.Start < first.Start)
        {
            // 'date' stays the day of first publication; a change cannot come before it.
            yield return Diagnostic.Error(path, date.Value.Line, date.Value.Column,
                $"change dated {day.ToIso()}, before the page's first publication ('date: {first.ToIso()}'); 'date' stays the day of first publication");
        }
    }

    private static IEnumerable<Diagnostic> CheckText(string path, FrontMatterMap item)
    {
        if (item[TextKey] is not { } line || line.Value is FrontMatterScalar { Text: var empty } && string.IsNullOrWhiteSpace(empty))
        {
            yield return Diagnostic.Error(path, item.Line, item.Column, $"a change without '{TextKey}': say in one line what changed");
            yield break;
        }
        if (line.Value is not FrontMatterScalar scalar)
        {
            yield return Diagnostic.Error(path, line.Value.Line, line.Value.Column, $"'{TextKey}' must be one line of text");
            yield break;
        }
        var text = scalar.Text.Trim();
        if (text.Contains('\n'))
        {
            yield return Diagnostic.Error(path, scalar.Line, scalar.Column, $"'{TextKey}' must be one line; write one change per item");
        }
        else if (text.Length > MaxLength)
        {
            yield return Diagnostic.Error(path, scalar.Line, scalar.Column,
                $"'{TextKey}' is {text.Length} characters; keep it to one line of at most {MaxLength}");
        }
    }

    private static IReadOnlyList<FrontMatterMap> Items(FrontMatterNode? node) =>
        node is FrontMatterList list ? list.Items.OfType<FrontMatterMap>().ToList() : [];

    private static string? Scalar(FrontMatterMap item, string key) => (item[key]?.Value as FrontMatterScalar)?.Text;
}
