using System.Text;
using Kennisplatform.Search;

namespace Kennisplatform.Host.QueryLog;

/// <summary>
/// The form in which a query is counted: the words as the search reads them (<see cref="UserQuery"/>), lower-cased,
/// without accents, single spaces, phrases in quotes and exclusions with a minus. "Witwassen ", "witwassen" and
/// "WITWASSEN" are one query.
/// </summary>
public static class QueryNormalizer
{
    /// <summary>The normalized text, or empty when nothing searchable was typed.</summary>
    public static string Normalize(string? query)
    {
        var parsed = UserQuery.Parse(query);
        var text = new StringBuilder();
        foreach (var element in parsed.Elements)
        {
            if (text.Length > 0) text.Append(' ');
            if (element.Excluded) text.Append('-');
            var words = DutchTextAnalyzer.Fold(string.Join(' ', element.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant());
            text.Append(element.IsPhrase ? $"\"{words}\"" : words);
        }
        return text.ToString();
    }

    /// <summary>
    /// True when the text may identify a person rather than a subject: an e-mail address, or a run of six digits or
    /// more (a phone, citizen service or account number). Such a search is counted without its text.
    /// </summary>
    public static bool LooksPersonal(string normalized)
    {
        if (normalized.Contains('@', StringComparison.Ordinal)) return true;
        var digits = 0;
        foreach (var c in normalized)
        {
            // Spaces, dots and dashes inside a number (06-1234 5678) do not end it.
            if (char.IsAsciiDigit(c)) digits++;
            else if (c is not (' ' or '-' or '.')) digits = 0;
            if (digits >= 6) return true;
        }
        return false;
    }
}
