using Kennisplatform.Contracts;
using Kennisplatform.Search;

namespace Kennisplatform.Testing;

/// <summary>
/// A search index written in several segments, as the build publishes the heavy corpus (one segment per part; here
/// parts of about 16 pages): for the one-segment copy's tests, which the fixture site's few parts do not exercise as well.
/// </summary>
public static class SegmentedIndex
{
    private static readonly string[] Subjects = ["drugspanden", "vastgoed", "horeca", "witwassen", "mensenhandel", "ondermijning", "bibob", "damocles"];
    private static readonly string[] Actions = ["sluiting", "aanpak", "controle", "signalering", "samenwerking", "toezicht"];
    private static readonly string[] Places = ["Rotterdam", "Tilburg", "Zeeland", "Groningen", "Utrecht"];

    /// <summary>Queries whose results differ in hits, scores, snippets and facets over this index.</summary>
    public static IReadOnlyList<string> Queries { get; } =
        ["drugspanden", "sluiting vastgoed", "\"aanpak van witwassen\"", "horeca -rotterdam", "toezicht bibob zeeland", "damokles", "samenwerking"];

    /// <summary>Writes <paramref name="pages"/> generated pages into <paramref name="folder"/>; returns the number of segments.</summary>
    public static int Write(string folder, int pages = 80)
    {
        var documents = Enumerable.Range(0, pages).Select(Page).ToList();
        var taxonomies = new List<Taxonomy>
        {
            new() { Key = "themes", Term = "theme", Folder = "themas", Label = "Thema", PluralLabel = "Thema's", Parameter = "thema" },
        };
        SearchIndexWriter.Write(folder, documents, SearchResources.Empty with { Taxonomies = taxonomies }, partSize: 16);
        return SingleSegmentCopy.Segments(folder);
    }

    private static IndexDocument Page(int i)
    {
        var subject = Subjects[i % Subjects.Length];
        var action = Actions[i * 7 % Actions.Length];
        var place = Places[i * 3 % Places.Length];
        var other = Subjects[(i * 5 + 3) % Subjects.Length];
        var body = string.Join(" ", Enumerable.Range(0, 1 + i % 4).Select(n =>
            $"In {place} werken gemeente en politie aan de {action} van {subject}. De {Actions[(i + n) % Actions.Length]} van {other} vraagt om " +
            $"samenwerking met partners in de regio. Dit is de aanpak van {other} nummer {i}."));
        var date = new DateOnly(2018 + i % 8, 1 + i % 12, 1 + i % 28);
        var iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var themes = new[] { subject, other }.Distinct().ToArray();
        return new IndexDocument($"/praktijkvoorbeelden/p{i:000}/", i % 3 == 0 ? "thema" : "praktijkvoorbeeld", "Praktijkvoorbeeld",
            $"{char.ToUpperInvariant(action[0])}{action[1..]} van {subject} in {place}", $"Hoe {place} {subject} aanpakt.", [$"{other} en {subject}"], body,
            new Dictionary<string, IReadOnlyList<string>> { ["themes"] = themes }, themes, iso, iso, date, Weight: 1f + i % 3 * 0.1f);
    }
}
