using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

/// <summary>Compounds, glossary synonyms, typos and facets on a small index.</summary>
public sealed class DutchSearchTests(DutchSearchTests.SmallIndex index) : IClassFixture<DutchSearchTests.SmallIndex>
{
    private readonly SearchService _search = index.Search;

    private static IndexDocument Doc(string url, string type, string title, string body, string date, string[] themes, string[]? regions = null) =>
        new(url, type, type, title, "", [], body, TestTaxonomies.Terms(themes, regions), themes, date, date, DateOnly.Parse(date));

    /// <summary>Eleven pages with compounds, acronyms and regions, indexed once: the tests only read.</summary>
    public sealed class SmallIndex : IDisposable
    {
        private readonly TempFolder _temp = new();

        /// <summary>The search over the index.</summary>
        public SearchService Search { get; }

        public SmallIndex()
        {
            IndexDocument[] docs =
            [
                Doc("/themas/omg/", "thema", "Motorbendes", "Een motorbende kan criminele activiteiten afschermen.", "2021-05-01", ["omg"]),
                Doc("/themas/vastgoed/", "thema", "Vastgoed", "Criminaliteit in vastgoed: witwassen via panden.", "2022-11-04", ["vastgoed"], ["limburg"]),
                Doc("/handreikingen/apv/", "handreiking", "Handreiking APV", "Bepalingen in de APV tegen ondermijning.", "2020-05-01", ["apv"]),
                Doc("/praktijkvoorbeelden/buitengebied/", "praktijkvoorbeeld", "Buitengebied", "Het dumpen van drugsafval: dumping van drugs in de natuur.", "2021-05-01", ["buitengebied"], ["oost-nederland"]),
                Doc("/themas/damocles/", "thema", "Damocles", "De burgemeester sluit drugspanden.", "2022-11-04", ["damocles"]),
                Doc("/praktijkvoorbeelden/limburg/", "praktijkvoorbeeld", "Vastgoed in Limburg", "Panden en vastgoed in Maastricht.", "2021-05-01", ["vastgoed"], ["limburg"]),
                Doc("/webinars/kermis/", "webinar", "Kermis", "Een plaatselijke kermis valt onder de APV van de gemeente.", "2020-01-01", ["apv"]),
                Doc("/themas/recreatieparken/", "thema", "Recreatieparken", "Misbruik van recreatieparken en bloemenveilingen.", "2020-01-01", ["recreatie"]),
                Doc("/themas/bedrijventerreinen/", "thema", "Bedrijventerreinen", "Afgelegen bedrijventerreinen zijn kwetsbaar.", "2020-01-01", ["bedrijven"]),
                Doc("/begrippen/riec/", "begrip", "RIEC", "Regionaal samenwerkingsverband.", "2020-01-01", ["samenwerking"]),
                Doc("/regios/limburg/", "regio", "RIEC Limburg", "De RIEC-regio Limburg werkt samen met de gemeente.", "2020-01-01", ["samenwerking"], ["limburg"]),
            ];
            var synonyms = new SynonymTable([
                ["OMG", "outlaw motorcycle gang", "motorbende"],
                ["APV", "algemene plaatselijke verordening"],
                ["Damocles", "13b", "sluiting van panden"],
            ]);
            var corpus = docs.SelectMany(d => (d.Title + " " + d.Body).ToLowerInvariant().Split(' ', '.', ':', ','));
            var compounds = CompoundDictionary.Build(["vastgoed", "criminaliteit", "drugs", "dumping", "panden"], corpus);
            SearchIndexWriter.Write(_temp.Path, docs, new SearchResources(compounds, synonyms, FacetLabels.Empty) { Taxonomies = TestTaxonomies.ThemesAndRegions });
            Search = new SearchService(_temp.Path);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Search.Dispose();
            _temp.Dispose();
        }
    }

    private IReadOnlyList<string> Urls(string query) => _search.Search(new SearchRequest(query)).Hits.Select(h => h.Url).ToList();

    [Fact]
    public void A_compound_finds_pages_that_use_its_parts_apart()
    {
        Assert.Equal("/themas/vastgoed/", Urls("vastgoedcriminaliteit")[0]);
        Assert.Contains("/praktijkvoorbeelden/buitengebied/", Urls("drugsdumping"));
    }

    [Theory]
    [InlineData("OMG")]
    [InlineData("omg")]
    [InlineData("outlaw motorcycle gang")]
    [InlineData("\"outlaw motorcycle gang\"")]
    public void Acronym_and_full_form_find_the_same_page(string query)
    {
        Assert.Equal("/themas/omg/", Urls(query)[0]);
    }

    [Fact]
    public void A_full_form_finds_the_page_that_uses_the_acronym()
    {
        Assert.Equal("/handreikingen/apv/", Urls("algemene plaatselijke verordening")[0]);
    }

    [Fact]
    public void An_article_number_finds_its_nickname()
    {
        Assert.Equal("/themas/damocles/", Urls("13b")[0]);
    }

    [Fact]
    public void A_synonym_run_inside_a_longer_query_still_counts_as_one_term()
    {
        Assert.Equal("/themas/omg/", Urls("outlaw motorcycle gang criminele")[0]);
    }

    [Theory]
    [InlineData("damokles", "damocles", "/themas/damocles/")]
    [InlineData("motorbnde", "motorbende", "/themas/omg/")]
    [InlineData("vastgoedd", "vastgoed", "/themas/vastgoed/")]
    public void A_typo_still_finds_the_page_and_suggests_the_correction(string typed, string corrected, string url)
    {
        var result = _search.Search(new SearchRequest(typed));

        Assert.Equal(url, result.Hits[0].Url);
        Assert.Equal(corrected, result.Suggestion);
    }

    [Fact]
    public void A_correctly_spelt_query_gets_no_suggestion()
    {
        Assert.Null(_search.Search(new SearchRequest("vastgoed")).Suggestion);
    }

    [Fact]
    public void Facets_count_results_per_value()
    {
        var result = _search.Search(new SearchRequest("vastgoed"));

        var types = result.Facets[IndexFields.Type].ToDictionary(f => f.Value, f => f.Count);
        Assert.Equal(1, types["thema"]);
        Assert.Equal(1, types["praktijkvoorbeeld"]);
        Assert.Equal(2, result.Facets["regions"].Single(f => f.Value == "limburg").Count);
        Assert.Equal(["2022", "2021"], result.Facets[IndexFields.Year].Select(f => f.Value));
    }

    [Fact]
    public void A_facet_keeps_counting_its_other_values_when_one_is_selected()
    {
        var result = _search.Search(new SearchRequest("vastgoed", Types: ["thema"]));

        Assert.Equal(1, result.Total);
        var types = result.Facets[IndexFields.Type];
        Assert.True(types.Single(f => f.Value == "thema").Selected);
        Assert.Equal(1, types.Single(f => f.Value == "praktijkvoorbeeld").Count);
        Assert.Equal(1, result.Facets["regions"].Single(f => f.Value == "limburg").Count);
    }

    [Fact]
    public void Words_of_a_multi_word_synonym_are_not_marked_one_by_one()
    {
        var snippet = _search.Search(new SearchRequest("APV")).Hits.Single(h => h.Url == "/webinars/kermis/").SnippetHtml;

        Assert.Contains("<mark>APV</mark>", snippet);
        Assert.DoesNotContain("<mark>plaatselijke</mark>", snippet);
    }

    [Theory]
    [InlineData("recreatieprak", "recreatieparken")]
    [InlineData("recreatieprak misbruik", "recreatieparken")]
    public void A_transposed_letter_in_a_long_word_is_corrected(string typed, string expectedFirst)
    {
        var result = _search.Search(new SearchRequest(typed));

        Assert.Equal("/themas/" + expectedFirst + "/", result.Hits[0].Url);
        Assert.NotNull(result.Suggestion);
    }

    [Fact]
    public void Every_unknown_word_is_corrected_and_the_suggestion_shows_the_whole_query()
    {
        var result = _search.Search(new SearchRequest("damokles vastgoedd motorbnde"));

        Assert.Equal("damocles vastgoed motorbende", result.Suggestion);
        Assert.NotEmpty(result.Hits);
    }

    [Theory]
    [InlineData("recreatie parken", "/themas/recreatieparken/")]
    [InlineData("bedrijf terrein", "/themas/bedrijventerreinen/")]
    [InlineData("bedrijven terreinen", "/themas/bedrijventerreinen/")]
    public void Two_typed_words_that_form_a_compound_of_the_index_find_it_without_a_suggestion(string typed, string url)
    {
        var result = _search.Search(new SearchRequest(typed));

        Assert.Equal(url, result.Hits[0].Url);
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public void A_page_matching_more_of_the_words_ranks_above_one_matching_fewer()
    {
        var urls = Urls("panden vastgoed maastricht");

        Assert.Equal("/praktijkvoorbeelden/limburg/", urls[0]);
        Assert.Contains("/themas/vastgoed/", urls);
    }

    [Fact]
    public void Question_words_count_for_nothing_and_a_definition_question_brings_the_glossary_entry_first()
    {
        Assert.Equal("/begrippen/riec/", Urls("wat doet een riec")[0]);
        Assert.Equal("/begrippen/riec/", Urls("wat is de RIEC eigenlijk")[0]);
    }

    [Fact]
    public void An_exact_document_title_brings_that_document_first()
    {
        Assert.Equal("/regios/limburg/", Urls("riec limburg")[0]);
        Assert.Equal("/praktijkvoorbeelden/limburg/", Urls("Vastgoed in Limburg")[0]);
    }

    [Theory]
    [InlineData(10_000, 1)]
    [InlineData(100, 100)]
    public void Very_long_and_many_word_queries_are_answered_within_bounds(int wordLength, int words)
    {
        var random = new Random(7);
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ =>
            new string(Enumerable.Range(0, wordLength).Select(_ => (char)('a' + random.Next(26))).ToArray())));
        var typos = string.Join(' ', Enumerable.Repeat("vastgoedd damokles recreatie parken", 25));

        var result = _search.Search(new SearchRequest(text));
        var many = _search.Search(new SearchRequest(typos));

        Assert.Equal(text.Length > UserQuery.MaxLength, result.Message is not null);
        Assert.NotEmpty(many.Hits);
        Assert.True(many.Suggestion!.Split(' ').Length <= 100);
    }

    [Fact]
    public void A_repeated_search_gives_the_same_result_as_an_uncached_one()
    {
        var request = new SearchRequest("vastgoed", Terms: TestTaxonomies.Filter("regions", "limburg"));

        var first = _search.Search(request);
        var again = _search.Search(request with { Terms = TestTaxonomies.Filter("regions", "limburg") });
        var uncached = _search.SearchUncached(request);

        Assert.Same(first, again);
        Assert.Equal(uncached.Hits.Select(h => (h.Url, h.SnippetHtml)), first.Hits.Select(h => (h.Url, h.SnippetHtml)));
        Assert.Equal(uncached.Total, first.Total);
        Assert.NotEqual(first.Total, _search.Search(request with { Types = ["thema"] }).Total);
    }
}
