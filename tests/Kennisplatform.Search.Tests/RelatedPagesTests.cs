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
}
