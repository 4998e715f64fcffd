using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

public sealed class SearchServiceTests(SearchServiceTests.SmallIndex index) : IClassFixture<SearchServiceTests.SmallIndex>
{
    private readonly SearchService _search = index.Search;

    private static IndexDocument Doc(string url, string type, string title, string summary, string body, string date, params string[] themes) =>
        new(url, type, type, title, summary, [], body, TestTaxonomies.Terms(themes), themes, date, date, DateOnly.Parse(date));

    /// <summary>Four pages on Damocles, vastgoed and horeca, indexed once: the tests only read.</summary>
    public sealed class SmallIndex : IDisposable
    {
        private readonly TempFolder _temp = new();

        /// <summary>The search over the index.</summary>
        public SearchService Search { get; }

        /// <summary>The index folder, to open it once more.</summary>
        public string Folder => _temp.Path;

        public SmallIndex()
        {
            SearchIndexWriter.Write(_temp.Path,
            [
                Doc("/themas/damocles/", "thema", "Damocles: sluiting van drugspanden", "De burgemeester sluit panden waar drugs worden verhandeld.",
                    "Artikel 13b van de Opiumwet <script>alert(1)</script> geeft de burgemeester de bevoegdheid om woningen en lokalen te sluiten.", "2022-11-04", "damocles"),
                Doc("/handreikingen/menukaart-damocles/", "handreiking", "Menukaart Damocles", "Keuzes bij de toepassing van 13b.",
                    "Gemeenten en woningcorporaties kiezen samen een passende toepassing.", "2020-10-01", "damocles"),
                Doc("/themas/vastgoed/", "thema", "Vastgoed en ondermijning", "Drugsgeld in vastgoed.",
                    "Criminelen investeren in panden. De gemeente kan bij sluiting van een pand samenwerken met de verhuurder.", "2022-11-04", "vastgoed"),
                Doc("/themas/horeca/", "thema", "Horeca", "Kwetsbare ondernemers in de horeca.",
                    "Criminele investeerders bieden horecaondernemers wurgcontracten aan. Damocles wordt ook in de horeca toegepast.", "2021-06-30", "horeca"),
            ], SearchResources.Empty with { Taxonomies = TestTaxonomies.ThemesAndRegions });
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
    public void Searches_after_other_searches_on_one_thread_give_what_a_newly_opened_index_gives()
    {
        // Each thread keeps its term and postings enumerators from search to search; nothing of one search may
        // leak into the next, and no enumerator may serve two clauses of one search.
        string[] queries = ["damocles", "sluiting pand", "\"sluiting van een pand\"", "damocles -horeca", "horeca ondernemers damocles",
            "burgemeester sluit drugspanden", "damocles", "verhuurder", "sluiting pand"];
        foreach (var query in queries)
        {
            var kept = _search.SearchUncached(new SearchRequest(query));
            using var fresh = new SearchService(index.Folder);
            var first = fresh.SearchUncached(new SearchRequest(query));

            Assert.Equal(first.Total, kept.Total);
            Assert.Equal(first.Hits.Select(h => (h.Url, h.Score, h.SnippetHtml)), kept.Hits.Select(h => (h.Url, h.Score, h.SnippetHtml)));
            Assert.True(kept.Total > 0, query);
        }
    }

    [Fact]
    public void Title_matches_rank_above_body_matches()
    {
        var result = _search.Search(new SearchRequest("damocles"));

        Assert.Equal(3, result.Total);
        Assert.Equal("/themas/horeca/", result.Hits[2].Url);
    }

    [Fact]
    public void Stemming_finds_other_word_forms()
    {
        var result = _search.Search(new SearchRequest("woningcorporatie"));

        Assert.Equal("/handreikingen/menukaart-damocles/", Assert.Single(result.Hits).Url);
    }

    [Fact]
    public void Exclusion_removes_pages_with_the_word()
    {
        var result = _search.Search(new SearchRequest("damocles -horeca"));

        Assert.DoesNotContain(result.Hits, h => h.Url == "/themas/horeca/");
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public void A_quoted_phrase_must_match_in_order()
    {
        var phrase = _search.Search(new SearchRequest("\"sluiting van een pand\""));
        var reversed = _search.Search(new SearchRequest("\"pand sluiting\""));

        Assert.Equal("/themas/vastgoed/", Assert.Single(phrase.Hits).Url);
        Assert.Empty(reversed.Hits);
    }

    [Fact]
    public void When_not_all_words_occur_together_any_word_is_enough()
    {
        var result = _search.Search(new SearchRequest("wurgcontracten woningcorporaties"));

        Assert.Equal(2, result.Total);
        Assert.True(result.SomeWordsOnly);
    }

    [Fact]
    public void A_result_with_all_words_is_not_flagged_as_some_words_only()
    {
        var result = _search.Search(new SearchRequest("damocles burgemeester"));

        Assert.True(result.Total > 0);
        Assert.False(result.SomeWordsOnly);
    }

    [Fact]
    public void Snippet_marks_the_matching_words_and_is_html_safe()
    {
        var hit = _search.Search(new SearchRequest("opiumwet")).Hits.Single();

        Assert.Contains("<mark>Opiumwet</mark>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", hit.SnippetHtml);
        Assert.DoesNotContain("<script", hit.SnippetHtml);
    }

    [Fact]
    public void A_phrase_is_marked_as_one_in_a_passage_of_whole_sentences()
    {
        var hit = _search.Search(new SearchRequest("\"artikel 13b\"")).Hits.Single();

        Assert.StartsWith("<mark>Artikel 13b</mark> van de Opiumwet", hit.SnippetHtml);
        Assert.EndsWith("woningen en lokalen te sluiten.", hit.SnippetHtml);
    }

    [Fact]
    public void Filters_restrict_by_type_and_theme()
    {
        Assert.Equal("/handreikingen/menukaart-damocles/", _search.Search(new SearchRequest("damocles", Types: ["handreiking"])).Hits.Single().Url);
        Assert.Equal("/themas/horeca/", _search.Search(new SearchRequest("damocles", Terms: TestTaxonomies.Filter("themes", "horeca"))).Hits.Single().Url);
    }

    [Theory]
    [InlineData(SearchSort.Relevance, "thema")]
    [InlineData(SearchSort.Relevance, "thema", "handreiking")]
    [InlineData(SearchSort.Relevance, "publicatie")]
    [InlineData(SearchSort.Date, "handreiking")]
    public void A_filter_keeps_the_hits_of_its_values_with_their_scores_and_its_facet_counts_what_the_other_values_would_add(SearchSort sort, params string[] types)
    {
        var unfiltered = _search.SearchUncached(new SearchRequest("damocles", Sort: sort));
        var filtered = _search.SearchUncached(new SearchRequest("damocles", Sort: sort, Types: types));

        Assert.Equal(
            unfiltered.Hits.Where(h => types.Contains(h.Type)).Select(h => (h.Url, BitConverter.SingleToInt32Bits(h.Score))),
            filtered.Hits.Select(h => (h.Url, BitConverter.SingleToInt32Bits(h.Score))));
        Assert.Equal(unfiltered.Hits.Count(h => types.Contains(h.Type)), filtered.Total);
        // The filtered facet is counted as if it were not filtered, its selected values marked; the others count the hits.
        Assert.Equal(unfiltered.Facets[IndexFields.Type].Select(c => (c.Value, c.Count)).Order(),
            filtered.Facets[IndexFields.Type].Where(c => c.Count > 0).Select(c => (c.Value, c.Count)).Order());
        Assert.All(filtered.Facets[IndexFields.Type], c => Assert.Equal(types.Contains(c.Value), c.Selected));
        Assert.Equal(filtered.Total, filtered.Facets[IndexFields.Year].Sum(c => c.Count));
    }

    [Fact]
    public void Facet_counts_over_two_indexes_searched_as_one_are_the_totals_of_each_value()
    {
        using var temp = new TempFolder();
        var resources = SearchResources.Empty with { Taxonomies = TestTaxonomies.ThemesAndRegions };
        SearchIndexWriter.Write(temp["openbaar"],
        [
            Doc("/themas/damocles/", "thema", "Damocles", "Sluiting van drugspanden.", "De burgemeester sluit panden.", "2022-11-04", "damocles"),
            Doc("/handreikingen/damocles/", "handreiking", "Menukaart Damocles", "Keuzes.", "Damocles en woningcorporaties.", "2020-10-01", "damocles"),
        ], resources);
        SearchIndexWriter.Write(temp["besloten"],
        [
            Doc("/besloten/damocles-vastgoed/", "praktijkvoorbeeld", "Damocles bij vastgoed", "Een casus.", "Damocles en vastgoed.", "2023-01-05", "damocles", "vastgoed"),
        ], resources);
        using var both = new SearchService(temp["openbaar"], temp["besloten"]);

        var result = both.Search(new SearchRequest("damocles"));

        Assert.Equal(3, result.Total);
        Assert.Equal(3, result.Facets[IndexFields.Type].Sum(c => c.Count));
        Assert.Contains(result.Facets[IndexFields.Themes], c => c is { Value: "vastgoed", Count: 1 });
        Assert.Contains(result.Facets[IndexFields.Year], c => c is { Value: "2023", Count: 1 });
        foreach (var field in both.FacetFields)
        {
            foreach (var count in result.Facets[field])
            {
                Assert.Equal(both.Search(new SearchRequest("damocles").WithFilter(field, [count.Value])).Total, count.Count);
            }
        }
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_first()
    {
        var result = _search.Search(new SearchRequest("damocles", Sort: SearchSort.Date));

        Assert.Equal(["/themas/damocles/", "/themas/horeca/", "/handreikingen/menukaart-damocles/"], result.Hits.Select(h => h.Url));
    }

    [Fact]
    public void Pages_split_the_results()
    {
        var first = _search.Search(new SearchRequest("damocles", Page: 1, PageSize: 2));
        var second = _search.Search(new SearchRequest("damocles", Page: 2, PageSize: 2));

        Assert.Equal(2, first.PageCount);
        Assert.Equal(2, first.Hits.Count);
        Assert.Single(second.Hits);
        Assert.DoesNotContain(second.Hits[0].Url, first.Hits.Select(h => h.Url));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("title:(")]
    [InlineData("*")]
    [InlineData("😀")]
    [InlineData("de het een")]
    [InlineData("\"\"")]
    [InlineData("-damocles")]
    [InlineData("AND OR NOT")]
    public void Odd_queries_find_nothing_rather_than_everything_or_an_exception(string query)
    {
        // None of these has a word the pages contain; read as Lucene syntax, "*" would match every page and
        // "title:(" or "AND OR NOT" would throw.
        var result = _search.Search(new SearchRequest(query));

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void A_query_of_10000_characters_is_searched_in_part_with_a_message()
    {
        var result = _search.Search(new SearchRequest("damocles " + new string('x', 10_000)));

        Assert.NotNull(result.Message);
        Assert.Contains("500", result.Message);
    }

    [Fact]
    public void Lucene_syntax_is_plain_text()
    {
        var plain = _search.Search(new SearchRequest("damocles"));
        var syntax = _search.Search(new SearchRequest("title:damocles"));

        Assert.Equal(plain.Hits.Select(h => h.Url).Order(), syntax.Hits.Select(h => h.Url).Order());
    }
}
