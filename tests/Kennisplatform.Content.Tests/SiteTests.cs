using System.Globalization;
using Kennisplatform.Content;

namespace Kennisplatform.Content.Tests;

/// <summary>The order of a site's documents: newest first, and pages of one date by title as the culture orders titles.</summary>
public class SiteTests
{
    private static Document Page(string title, int number)
    {
        var diagnostics = new List<Diagnostic>();
        return DocumentReader.Read($"praktijkvoorbeelden/pagina-{number}.md", $"---\ntitle: \"{title}\"\ndate: 2021-05\n---\nTekst.\n", diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("")]
    public void Pages_of_one_date_are_in_the_order_the_culture_compares_their_titles(string culture)
    {
        string[] titles = ["Zeeland", "ijsselmonde", "IJmond", "Ede", "Émile", "ede", "appel", "Appel", "Aanpak 10", "Aanpak 9", "aanpak-2",
            "Œuvre", "'s-Hertogenbosch", "Čech", "zee", "Zee", "Zuid", "Aanpak van ondermijning", "aanpak", "Straße", "Strasse", "1e lijn", "Ω"];
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            var site = new Site(titles.Select((title, i) => Page(title, i)), []);

            Assert.Equal(titles.Order(StringComparer.CurrentCulture), site.Documents.Select(d => d.Title));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Newer_pages_come_before_older_ones_whatever_their_titles()
    {
        var diagnostics = new List<Diagnostic>();
        var older = DocumentReader.Read("praktijkvoorbeelden/a.md", "---\ntitle: A\ndate: 2020-01\n---\n", diagnostics)!;
        var newer = DocumentReader.Read("praktijkvoorbeelden/z.md", "---\ntitle: Z\ndate: 2024-03\n---\n", diagnostics)!;

        Assert.Equal(["Z", "A"], new Site([older, newer], []).Documents.Select(d => d.Title));
    }

    [Fact]
    public void A_page_that_names_a_term_twice_is_listed_once_under_it()
    {
        var diagnostics = new List<Diagnostic>();
        var table = TaxonomyTable.Parse("taxonomieen.yml", "- key: themes\n  term: theme\n  folder: themas\n  label: Thema\n  plural: Thema's\n  parameter: thema\n", diagnostics);
        var twice = DocumentReader.Read("praktijkvoorbeelden/twee-keer.md", "---\ntitle: Twee keer\ndate: 2021-05\nthemes: [horeca, horeca]\n---\n", diagnostics, table)!;
        var once = DocumentReader.Read("praktijkvoorbeelden/een-keer.md", "---\ntitle: Een keer\ndate: 2021-04\nthemes: [horeca]\n---\n", diagnostics, table)!;

        Assert.Empty(diagnostics);
        Assert.Equal(["Twee keer", "Een keer"], new Site([once, twice], table).Members(table[0], "horeca").Select(d => d.Title));
    }
}
