namespace Kennisplatform.Search;

/// <summary>
/// Joins two typed words into the compound the index uses: "recreatie parken" → recreatieparken, "bedrijf terrein"
/// → bedrijventerreinen, "drugs pand" → drugspand, with the linking sounds -s-, -e- and -en- (and f → v before -en-).
/// Only a word that occurs in the index counts, so a join never invents a word.
/// </summary>
public sealed class CompoundJoiner(Func<string, bool> isKnown)
{
    private const int MinPart = 3;
    private const int MaxLength = 40;

    /// <summary>The compound in the index that the two words form, or null.</summary>
    public string? Join(string first, string second)
    {
        var a = Normalize(first);
        var b = Normalize(second);
        if (a.Length < MinPart || b.Length < MinPart || a.Length + b.Length > MaxLength) return null;
        if (!a.All(char.IsLetter) || !b.All(char.IsLetter)) return null;
        foreach (var head in Heads(a))
        {
            foreach (var tail in Tails(b))
            {
                var word = head + tail;
                if (isKnown(word)) return word;
            }
        }
        return null;
    }

    private static IEnumerable<string> Heads(string a)
    {
        yield return a;
        yield return a + "s";
        yield return a + "en";
        yield return a + "e";
        if (a.EndsWith('f')) yield return a[..^1] + "ven";
        if (a.EndsWith('s')) yield return a[..^1] + "zen";
    }

    // The typed second word, or its plural/singular as the index may have it (terrein → terreinen).
    private static IEnumerable<string> Tails(string b)
    {
        yield return b;
        yield return b + "en";
        yield return b + "s";
        if (b.EndsWith("en", StringComparison.Ordinal) && b.Length > 4) yield return b[..^2];
    }

    private static string Normalize(string word) => DutchTextAnalyzer.Fold(word.ToLowerInvariant());
}
