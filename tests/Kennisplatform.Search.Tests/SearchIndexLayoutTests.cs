using Kennisplatform.Search;
using Kennisplatform.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Kennisplatform.Search.Tests;

public sealed class SearchIndexLayoutTests
{
    private static IReadOnlyList<IndexDocument> Pages(string lastBody) => Enumerable.Range(0, 40).Select(i =>
        new IndexDocument($"/praktijkvoorbeelden/p{i:00}/", "praktijkvoorbeeld", "Praktijkvoorbeeld", $"Pand {i}", "", [],
            i == 39 ? lastBody : $"De pandeigenaar van pand {i} kreeg een bestuurlijke boete.", TestTaxonomies.Terms(["vastgoed"]), ["vastgoed"], null, null, null))
        .ToList();

    private static IndexWriteResult Write(string index, string cache, IReadOnlyList<IndexDocument> pages) =>
        SearchIndexWriter.Write(index, pages, SearchResources.Empty with { Taxonomies = TestTaxonomies.ThemesAndRegions }, partSize: 4, partCache: cache);

    private static IReadOnlyList<(int Documents, IReadOnlyList<string> Urls)> Segments(string index)
    {
        using var directory = new SimpleFSDirectory(new DirectoryInfo(index));
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Select(leaf => (leaf.AtomicReader.MaxDoc, (IReadOnlyList<string>)Enumerable.Range(0, leaf.AtomicReader.MaxDoc)
            .Select(d => leaf.AtomicReader.Document(d).Get(IndexFields.Url)).ToList())).ToList();
    }

    [Fact]
    public void The_index_is_the_parts_segments_in_their_order_and_an_edit_writes_only_the_edited_part()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "parts");
        var pages = Pages("Het pand werd gesloten.");
        var parts = SearchIndexWriter.Parts(pages.Select(p => p.Url).ToList(), averageSize: 4);
        Assert.True(parts.Count >= 5);

        var first = Write(Path.Combine(folder.Path, "first"), cache, pages);
        // One segment per part, the documents in their order: nothing is merged.
        var segments = Segments(Path.Combine(folder.Path, "first"));
        Assert.Equal(parts.Select(p => p.Count), segments.Select(s => s.Documents));
        Assert.Equal(pages.Select(p => p.Url), segments.SelectMany(s => s.Urls));
        // The cache holds the parts and nothing made from several of them.
        Assert.Equal(first.Parts, first.PartKeys.Count);
        Assert.Equal(first.PartKeys.Order(StringComparer.Ordinal), System.IO.Directory.GetDirectories(cache).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // An edit of the last page: one part written again, one folder more in the cache, and the index is a clean build's.
        var edited = Pages("Het pand werd gesloten na de boete.");
        var afterEdit = Write(Path.Combine(folder.Path, "edited"), cache, edited);
        Assert.Equal(afterEdit.Parts - 1, afterEdit.Reused);
        Assert.Equal(first.Parts + 1, System.IO.Directory.GetDirectories(cache).Length);
        using var clean = new TempFolder();
        Write(Path.Combine(clean.Path, "index"), Path.Combine(clean.Path, "parts"), edited);
        var files = System.IO.Directory.GetFiles(Path.Combine(clean.Path, "index")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, System.IO.Directory.GetFiles(Path.Combine(folder.Path, "edited")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(clean.Path, "index", file!)), File.ReadAllBytes(Path.Combine(folder.Path, "edited", file!)));
        }
    }
}
