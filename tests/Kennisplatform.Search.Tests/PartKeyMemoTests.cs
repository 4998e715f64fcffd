using System.Collections.Concurrent;
using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

public sealed class PartKeyMemoTests
{
    private static IReadOnlyList<IndexDocument> Pages(string lastBody) => Enumerable.Range(0, 12).Select(i =>
        new IndexDocument($"/praktijkvoorbeelden/p{i:00}/", "praktijkvoorbeeld", "Praktijkvoorbeeld", $"Pand {i}", "", [],
            i == 11 ? lastBody : $"De pandeigenaar van pand {i} kreeg een bestuurlijke boete.", TestTaxonomies.Terms(["vastgoed"]), ["vastgoed"], null, null, null))
        .ToList();

    private static (IndexWriteResult Result, IReadOnlyCollection<int> Asked) Write(string folder, IReadOnlyList<IndexDocument> pages, params string[] dictionary)
    {
        var asked = new ConcurrentBag<int>();
        var resources = SearchResources.Empty with
        {
            Compounds = CompoundDictionary.Build(dictionary, dictionary),
            Taxonomies = TestTaxonomies.ThemesAndRegions,
        };
        var result = SearchIndexWriter.Write(Path.Combine(folder, $"index-{Guid.NewGuid():N}"), pages, resources, partSize: 4,
            partCache: Path.Combine(folder, "parts"), compoundCandidates: d =>
            {
                asked.Add(d);
                return pages[d].Body.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
            });
        return (result, asked);
    }

    [Fact]
    public void Parts_whose_documents_and_dictionary_are_unchanged_take_their_keys_without_reading_candidates()
    {
        using var folder = new TempFolder();
        var (first, askedFirst) = Write(folder.Path, Pages("Het pand werd gesloten."), "eigenaar");
        Assert.Equal(12, askedFirst.Count);

        var (again, askedAgain) = Write(folder.Path, Pages("Het pand werd gesloten."), "eigenaar");
        Assert.Empty(askedAgain);
        Assert.Equal(first.PartKeys, again.PartKeys);
        Assert.Equal(again.Parts, again.Reused);

        // An edit: only the edited document's part reads its candidates.
        var (edited, askedEdited) = Write(folder.Path, Pages("Het pand werd gesloten na de boete."), "eigenaar");
        Assert.Contains(11, askedEdited);
        Assert.InRange(askedEdited.Count, 1, 6);
        Assert.Equal(edited.Parts - 1, edited.Reused);

        // Another dictionary: every part reads its candidates again, and keys follow what the parts can use.
        var (other, askedOther) = Write(folder.Path, Pages("Het pand werd gesloten na de boete."), "eigenaar", "boete");
        Assert.Equal(12, askedOther.Count);
        Assert.NotEqual(edited.PartKeys, other.PartKeys);
    }
}
