using System.Globalization;
using System.Text;

namespace Kennisplatform.Bench;

/// <summary>What a page is about: its themes, place, region and year, which the sentences of the page use.</summary>
public sealed record ProseContext(IReadOnlyList<ThemeWords> Themes, string Place, string Region, int Year);

/// <summary>
/// Builds Dutch sentences and paragraphs from <see cref="Vocabulary"/>. Sentences follow a handful of patterns
/// with the page's own theme words in most of them, so that term statistics look like real content: topical words
/// cluster per theme, function words are everywhere.
/// </summary>
public sealed class DutchProse(Random random)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One of the items, drawn with the corpus random.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items (fewer when there are not enough), in drawn order.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>();
        for (var i = 0; i < count && indexes.Count > 0; i++)
        {
            var at = random.Next(indexes.Count);
            picked.Add(items[indexes[at]]);
            indexes.RemoveAt(at);
        }
        return picked;
    }

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>A whole number in [min, max].</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    /// <summary>A noun of the page: mostly from its own themes, sometimes from any theme (pages touch neighbouring subjects).</summary>
    public string Term(ProseContext context)
    {
        var theme = context.Themes.Count > 0 && Chance(0.8) ? Pick(context.Themes) : Pick(Vocabulary.Themes);
        return Pick(theme.Terms);
    }

    /// <summary>A sentence about the page's subject.</summary>
    public string Sentence(ProseContext context)
    {
        var sentence = random.Next(10) switch
        {
            0 or 1 or 2 => $"{Actor(context)} {Action(context)} {Adverbial(context)}.",
            3 => $"Signalen over {Term(context)} zijn in de praktijk lastig te herkennen, omdat {Pick(Vocabulary.Reasons)}.",
            4 => $"In {context.Place} groeit volgens de betrokken partners de zorg over {Term(context)}.",
            5 => $"Een belangrijke les is dat {Pick(Vocabulary.Lessons)}.",
            6 => $"In {context.Year + random.Next(0, 3)} leidde de aanpak tot {Between(3, 140)} {Pick(Vocabulary.Outcomes)}.",
            7 => $"De aanpak combineert {Term(context)} met {Term(context)}, {Adverbial(context)}.",
            8 => $"Daarbij gaat veel aandacht naar {Term(context)}, vooral {Adverbial(context)}.",
            _ => $"Het gaat nadrukkelijk om {Term(context)} en {Term(context)}, omdat {Pick(Vocabulary.Reasons)}.",
        };
        return Capitalize(sentence);
    }

    /// <summary>A paragraph of <paramref name="sentences"/> sentences.</summary>
    public string Paragraph(ProseContext context, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(Sentence(context));
        }
        return text.ToString();
    }

    /// <summary>A short sentence for a list item or takeaway, without the final full stop.</summary>
    public string Point(ProseContext context) => random.Next(4) switch
    {
        0 => $"De aanpak van {Term(context)} vraagt om {Pick(["een integrale aanpak", "vroege signalering", "heldere afspraken", "structurele financiering"])}",
        1 => $"Een les is dat {Pick(Vocabulary.Lessons)}",
        2 => $"{Actor(context)} {Action(context)}",
        _ => $"Het project leverde {Between(3, 90)} {Pick(Vocabulary.Outcomes)} op",
    };

    /// <summary>The text with its first letter in upper case.</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpper(text[0], Invariant) + text[1..];

    /// <summary>The text with its first letter in lower case, unless it starts an acronym ("RIEC").</summary>
    public static string Decapitalize(string text) =>
        text.Length < 2 || char.IsUpper(text[1]) ? text : char.ToLower(text[0], Invariant) + text[1..];

    private string Actor(ProseContext context) => Fill(Pick(Vocabulary.Actors), context);

    private string Action(ProseContext context) =>
        Fill(Pick(Vocabulary.Actions), context).Replace("{0}", Term(context), StringComparison.Ordinal);

    private string Adverbial(ProseContext context) => Fill(Pick(Vocabulary.Adverbials), context);

    private string Fill(string pattern, ProseContext context) => pattern
        .Replace("{place}", context.Place, StringComparison.Ordinal)
        .Replace("{region}", context.Region, StringComparison.Ordinal)
        .Replace("{year}", context.Year.ToString(Invariant), StringComparison.Ordinal)
        .Replace("{org}", Pick(Vocabulary.Organisations), StringComparison.Ordinal);
}
