using System.Globalization;
using System.Text;

namespace Kennisplatform.Content;

/// <summary>
/// The lay synonyms editors add to glossary entries expand searches, so each must point one way: a synonym may occur
/// once in its entry, in one entry only, and may not be the title of another entry (then a search for that entry
/// would also bring this one).
/// </summary>
public static class GlossarySynonymRules
{
    /// <summary>Adds a diagnostic, at the synonym's line, for each synonym that breaks a rule.</summary>
    public static void Validate(IReadOnlyList<Document> documents, List<Diagnostic> diagnostics)
    {
        var entries = documents.Where(d => d.Type == DocumentType.Begrip).ToList();
        var titles = entries.GroupBy(d => Key(d.Title)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var owners = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.FrontMatter.Root["synonyms"]?.Value is not FrontMatterList list) continue;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in list.Items.OfType<FrontMatterScalar>())
            {
                var key = Key(item.Text);
                if (key.Length == 0) continue;
                if (!seen.Add(key))
                {
                    diagnostics.Add(Diagnostic.Error(entry.SourcePath, item.Line, item.Column, $"synonym '{item.Text}' is listed twice"));
                }
                else if (titles.TryGetValue(key, out var other) && other != entry)
                {
                    diagnostics.Add(Diagnostic.Error(entry.SourcePath, item.Line, item.Column,
                        $"synonym '{item.Text}' is the title of another glossary entry ({other.SourcePath}); link to it instead"));
                }
                else if (owners.TryGetValue(key, out var owner) && owner != entry)
                {
                    diagnostics.Add(Diagnostic.Error(entry.SourcePath, item.Line, item.Column,
                        $"synonym '{item.Text}' is also a synonym of {owner.SourcePath}; a search for it cannot point two ways"));
                }
                else
                {
                    owners[key] = entry;
                }
            }
        }
    }

    // Lower case without diacritics or surrounding punctuation, single spaces: how search compares them.
    private static string Key(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) letters.Append(c);
        }
        return string.Join(' ', letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '"', '\'')));
    }
}
