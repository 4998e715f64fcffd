using Kennisplatform.Search;
using Kennisplatform.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Kennisplatform.Search.Tests;

public sealed class RelatedPagesTests
{
    private static readonly string[] Syllables = ["ver", "huur", "pand", "drug", "sluit", "geld", "wit", "haven", "bon", "zorg", "wijk", "markt"];

    // Made-up words of two syllables: enough of them that most are on a few pages only.
    private static readonly string[] Words = Syllables.SelectMany(a => Syllables.Select(b => a + b + "ing")).ToArray();

    // Pages with overlapping words, many of them with equal counts, so that ties between terms and pages decide.
    private static IReadOnlyList<IndexDocument> Pages()
    {
        var random = new Random(7);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(random.Next(1, Words.Length))]));
        string[] themes = ["vastgoed", "horeca", "zorg"];
        return Enumerable.Range(0, 60).Select(i =>
        {
            var theme = themes[i % themes.Length];
            return new IndexDocument($"/praktijkvoorbeelden/p{i:00}/", "praktijkvoorbeeld", "Praktijkvoorbeeld", Text(3), Text(6), [], Text(40),
                TestTaxonomies.Terms([theme]), [theme], null, null, null);
        }).ToList();
    }

    [Fact]
    public void Zie_ook_from_the_terms_kept_beside_the_parts_is_the_same_as_from_the_whole_index()
    {
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");
        var pages = Pages();
        var written = SearchIndexWriter.Write(index, pages, SearchResources.Empty with { Taxonomies = TestTaxonomies.ThemesAndRegions },
            partSize: 4, partCache: Path.Combine(folder.Path, "parts"), related: true);
        Assert.True(written.Parts > 4);
        Assert.Equal(pages.Count, AssertSameAsFromTheWholeIndex(index, pages, written.Related!));
    }

    // Every page's list equals the one the whole index gives; returns how many pages have one.
    private static int AssertSameAsFromTheWholeIndex(string index, IReadOnlyList<IndexDocument> pages, RelatedPages related)
    {
        using var directory = new SimpleFSDirectory(new DirectoryInfo(index));
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = SearchAnalyzers.Create(CompoundDictionary.Empty);
        var fromIndex = RelatedPages.FromIndex(reader, analyzer);
        var withList = 0;
        foreach (var page in pages)
        {
            var themes = page.Terms[IndexFields.Themes];
            var expected = fromIndex.For(page.Url, themes, 10);
            Assert.Equal(expected, related.For(page.Url, themes, 10));
            if (expected.Count > 0) withList++;
        }
        return withList;
    }

    [Fact]
    public void Zie_ook_from_the_table_of_the_last_build_and_the_new_parts_is_the_same_as_from_the_whole_index()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "parts");
        var resources = SearchResources.Empty with { Taxonomies = TestTaxonomies.ThemesAndRegions };
        IndexWriteResult Write(string name, IReadOnlyList<IndexDocument> pages) =>
            SearchIndexWriter.Write(Path.Combine(folder.Path, name), pages, resources, partSize: 4, partCache: cache, related: true);

        var pages = Pages();
        Write("first", pages);
        Assert.True(File.Exists(Path.Combine(cache, "related-table")));

        // Words new to the site on one page, another page's words gone, a page removed: new terms, terms no longer used,
        // different document frequencies; most parts come from the table.
        var edited = pages.Select((p, i) => i switch
        {
            7 => p with { Body = p.Body + " nieuwwoordeen nieuwwoordtwee " + Words[3] },
            30 => p with { Body = "alleen hier" },
            _ => p,
        }).Where((_, i) => i != 45).ToList();
        var afterEdit = Write("edited", edited);
        Assert.InRange(afterEdit.Reused, 1, afterEdit.Parts - 1);
        Assert.True(AssertSameAsFromTheWholeIndex(Path.Combine(folder.Path, "edited"), edited, afterEdit.Related!) > edited.Count / 2);

        // A table cut short is not used: every part's own terms are read.
        var table = Path.Combine(cache, "related-table");
        var bytes = File.ReadAllBytes(table);
        File.WriteAllBytes(table, bytes[..(bytes.Length / 2)]);
        var again = Write("again", pages);
        Assert.Equal(pages.Count, AssertSameAsFromTheWholeIndex(Path.Combine(folder.Path, "again"), pages, again.Related!));
    }

    [Fact]
    public void The_table_of_the_last_build_is_written_again_only_when_many_parts_differ_from_it()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "parts");
        var table = Path.Combine(cache, "related-table");
        var resources = SearchResources.Empty with { Taxonomies = TestTaxonomies.ThemesAndRegions };
        IndexWriteResult Write(string name, IReadOnlyList<IndexDocument> pages) =>
            SearchIndexWriter.Write(Path.Combine(folder.Path, name), pages, resources, partSize: 4, partCache: cache, related: true);

        var pages = Pages();
        Write("first", pages);
        var written = File.ReadAllBytes(table);

        // One page edited, twice: the table stays as it is, the edited part is read from its own file.
        for (var edit = 1; edit <= 2; edit++)
        {
            var edited = pages.Select((p, i) => i == 7 ? p with { Body = p.Body + $" nieuwwoord{edit} " + Words[3] } : p).ToList();
            var result = Write($"edit{edit}", edited);
            Assert.Equal(written, File.ReadAllBytes(table));
            Assert.Equal(edited.Count, AssertSameAsFromTheWholeIndex(Path.Combine(folder.Path, $"edit{edit}"), edited, result.Related!));
        }

        // Every page edited: every part differs from the table, which is written again.
        var all = pages.Select(p => p with { Body = p.Body + " " + Words[5] }).ToList();
        var rewritten = Write("all", all);
        Assert.True(rewritten.Parts > 8); // more than RelatedTermsTable.KeptDifference
        Assert.NotEqual(written, File.ReadAllBytes(table));
        Assert.Equal(all.Count, AssertSameAsFromTheWholeIndex(Path.Combine(folder.Path, "all"), all, rewritten.Related!));
    }

    // Six pages with the same three words (equal scores: ties by address), one with two of them (a lower score), one of
    // another theme only, and pairs of pages with words of their own. With many themes, each pair has two of its own.
    private static IReadOnlyList<IndexDocument> Ranked(bool manyThemes)
    {
        IndexDocument Page(string url, string body, params string[] themes) =>
            new(url, "praktijkvoorbeeld", "Praktijkvoorbeeld", "", "", [], body, TestTaxonomies.Terms(themes), themes, null, null, null);
        var pages = new List<IndexDocument>
        {
            // In an index order that is not the order of their addresses.
            Page("/p/f/", "kadaster erfpacht notaris", "wonen"),
            Page("/p/a/", "kadaster erfpacht notaris", "wonen"),
            Page("/p/e/", "kadaster erfpacht notaris", "wonen", "zorg"),
            Page("/p/c/", "kadaster erfpacht notaris", "zorg"),
            Page("/p/b/", "kadaster erfpacht notaris", "wonen"),
            Page("/p/d/", "kadaster erfpacht notaris", "wonen"),
            Page("/p/g/", "kadaster erfpacht", "wonen"),
        };
        for (var i = 0; i < 30; i++)
        {
            string[] themes = manyThemes ? [$"thema{i}a", $"thema{i}b", "wonen"] : ["wonen"];
            pages.Add(Page($"/q/{i:00}/", $"woord{i / 2}x woord{i / 2}y", themes));
        }
        return pages;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // more than 64 themes: a page's themes are looked up one by one instead of as a mask
    public void Zie_ook_lists_the_pages_of_the_wanted_themes_best_first_and_equal_scores_by_address(bool manyThemes)
    {
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");
        var related = SearchIndexWriter.Write(index, Ranked(manyThemes), SearchResources.Empty with { Taxonomies = TestTaxonomies.ThemesAndRegions },
            partSize: 4, partCache: Path.Combine(folder.Path, "parts"), related: true).Related!;

        Assert.Equal(["/p/a/", "/p/b/", "/p/d/", "/p/e/", "/p/g/"], related.For("/p/f/", ["wonen"], 10));
        Assert.Equal(["/p/a/", "/p/b/"], related.For("/p/f/", ["wonen"], 2));
        Assert.Equal(["/p/c/"], related.For("/p/e/", ["zorg"], 10));
        Assert.Equal(["/p/a/", "/p/b/", "/p/c/", "/p/d/", "/p/e/", "/p/f/"], related.For("/p/g/", ["zorg", "wonen"], 10));
        Assert.Equal(["/q/03/"], related.For("/q/02/", ["wonen"], 10));
        Assert.Empty(related.For("/q/02/", ["zorg"], 10));
        Assert.Empty(related.For("/p/f/", [], 10));
        Assert.Empty(related.For("/p/onbekend/", ["wonen"], 10));
    }

    [Fact]
    public void The_loops_over_every_page_and_term_are_compiled_when_first_run_not_taken_precompiled()
    {
        // The command is published with precompiled code; for these loops, which a build runs millions of times at once,
        // the code compiled at run time is much faster.
        foreach (var name in new[] { nameof(RelatedPages.For), "Strongest", "ScoreOfThemes" })
        {
            var method = typeof(RelatedPages).GetMethod(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
                | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static)!;
            Assert.True(method.MethodImplementationFlags.HasFlag(System.Reflection.MethodImplAttributes.AggressiveOptimization), name);
        }
    }
}
