using System.Text;

namespace Kennisplatform.Search;

/// <summary>One element of what a user typed: a word or a quoted phrase, possibly excluded with a leading minus.</summary>
public sealed record QueryElement(string Text, bool IsPhrase, bool Excluded);

/// <summary>
/// A search query as typed by a person, reduced to words, "quoted phrases" and -exclusions.
/// Every other character, including Lucene syntax such as <c>title:(</c> or <c>*</c>, is plain text.
/// </summary>
public sealed record UserQuery(string Text, IReadOnlyList<QueryElement> Elements, bool WasTruncated)
{
    /// <summary>The longest query that is searched; longer input is cut to this length.</summary>
    public const int MaxLength = 500;

    // Query-language characters are plain text; they separate words (the tokenizer would glue "title:damocles").
    private const string Separators = ":()[]{}^~*?\\/!+&|<>=;,";

    /// <summary>The elements that must or may match.</summary>
    public IEnumerable<QueryElement> Positive => Elements.Where(e => !e.Excluded);

    /// <summary>Parses any input, never throwing.</summary>
    public static UserQuery Parse(string? input)
    {
        var text = Clean(input ?? "");
        var truncated = false;
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            if (char.IsHighSurrogate(text[^1])) text = text[..^1];
            truncated = true;
        }
        text = text.Trim();
        var elements = new List<QueryElement>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                var phrase = text[(i + 1)..end].Trim();
                if (phrase.Length > 0) elements.Add(new QueryElement(phrase, true, excluded));
                i = close < 0 ? text.Length : close + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
            elements.Add(new QueryElement(text[start..i], false, excluded));
        }
        return new UserQuery(text, elements, truncated);
    }

    // Control characters and unpaired surrogates are dropped so that nothing downstream sees invalid text.
    private static string Clean(string input)
    {
        var builder = new StringBuilder(Math.Min(input.Length, MaxLength * 2));
        for (var i = 0; i < input.Length && builder.Length <= MaxLength * 2; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < input.Length && char.IsLowSurrogate(input[i + 1])) { builder.Append(c).Append(input[i + 1]); i++; }
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            builder.Append(char.IsControl(c) || Separators.Contains(c) ? ' ' : c);
        }
        return builder.ToString();
    }
}
