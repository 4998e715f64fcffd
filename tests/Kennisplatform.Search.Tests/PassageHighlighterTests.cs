using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

public sealed class PassageHighlighterTests(PassageHighlighterTests.ThreePages index) : IClassFixture<PassageHighlighterTests.ThreePages>
{
    private const string Filler =
        "Daarna volgt een lange beschrijving van de werkwijze in de regio, met overleg tussen partners, afspraken over " +
        "informatie en een planning voor het komende jaar. Die beschrijving gaat nog een tijd door en noemt geen van de " +
        "gezochte woorden, zodat de eerste en de laatste alinea ver uit elkaar staan. ";

    // Far more than a passage, without a full stop.
    private static readonly string LongSentence = string.Join(' ', Enumerable.Repeat("een zin zonder einde", 30));

    /// <summary>Three pages whose bodies put the searched words far apart, indexed once: the tests only read.</summary>
    public sealed class ThreePages : IDisposable
    {
        private readonly TempFolder _temp = new();

        /// <summary>The search over the index.</summary>
        public SearchService Search { get; }

        public ThreePages()
        {
            SearchIndexWriter.Write(_temp.Path,
            [
                new("/praktijkvoorbeelden/pand/", "praktijkvoorbeeld", "Praktijkvoorbeeld", "Toezicht", "Overzicht", [],
                    "Het pand aan de haven stond leeg. " + Filler + Filler + "De verhuurder van het pand werkte mee aan de sluiting.",
                    new Dictionary<string, IReadOnlyList<string>>(), [], "2024-01-01", "2024-01-01", DateOnly.Parse("2024-01-01")),
                new("/praktijkvoorbeelden/cafe/", "praktijkvoorbeeld", "Horeca", "Horeca", "Overzicht", [],
                    "Café «De Zoete Inval» en brasserie Ébène kregen een waarschuwing; daarna volgde de sluiting van het café.",
                    new Dictionary<string, IReadOnlyList<string>>(), [], "2024-01-01", "2024-01-01", DateOnly.Parse("2024-01-01")),
                new("/praktijkvoorbeelden/lang/", "praktijkvoorbeeld", "Lang", "Lang", "Overzicht", [],
                    "Inleiding. " + LongSentence + " toezichthouder " + LongSentence + ".",
                    new Dictionary<string, IReadOnlyList<string>>(), [], "2024-01-01", "2024-01-01", DateOnly.Parse("2024-01-01")),
            ]);
            Search = new SearchService(_temp.Path);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Search.Dispose();
            _temp.Dispose();
        }
    }

    [Fact]
    public void The_passage_is_the_one_with_most_of_the_words_searched_for_not_the_first_match()
    {
        var snippet = index.Search.Search(new SearchRequest("verhuurder pand")).Hits.Single().SnippetHtml;

        Assert.Contains("De <mark>verhuurder</mark> van het <mark>pand</mark> werkte mee aan de sluiting.", snippet);
        Assert.DoesNotContain("haven", snippet);
    }

    [Fact]
    public void Marks_fall_on_the_words_after_accented_letters_and_the_text_is_html_encoded()
    {
        var snippet = index.Search.Search(new SearchRequest("sluiting")).Hits.Single(h => h.Url == "/praktijkvoorbeelden/cafe/").SnippetHtml;

        Assert.Contains("<mark>sluiting</mark> van het caf&#233;.", snippet);
        Assert.StartsWith("Caf&#233; &#171;De Zoete Inval&#187;", snippet);
    }

    [Fact]
    public void A_passage_cut_inside_a_sentence_says_so_at_both_ends()
    {
        var snippet = index.Search.Search(new SearchRequest("toezichthouder")).Hits.Single().SnippetHtml;

        Assert.Contains(" <mark>toezichthouder</mark> een zin", snippet);
        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.True(snippet.Length < 400, snippet);
    }
}
