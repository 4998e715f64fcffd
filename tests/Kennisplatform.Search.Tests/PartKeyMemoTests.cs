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

    private static IndexWriteResult WriteFromInputs(string folder, IReadOnlyList<IndexDocument> pages, IReadOnlyList<string> inputKeys,
        ConcurrentBag<int> made, string partCache)
    {
        var resources = SearchResources.Empty with
        {
            Compounds = CompoundDictionary.Build(["eigenaar"], ["eigenaar"]),
            Taxonomies = TestTaxonomies.ThemesAndRegions,
        };
        var input = new IndexInput(pages.Select(p => p.Url).ToList(), i =>
        {
            made.Add(i);
            return pages[i];
        }, i => inputKeys[i]);
        return SearchIndexWriter.Write(Path.Combine(folder, $"index-{Guid.NewGuid():N}"), input, resources, partSize: 4,
            partCache: partCache, compoundCandidates: d => input[d].Body.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList());
    }

    [Fact]
    public void Parts_whose_input_keys_are_unchanged_take_their_keys_without_their_documents_being_made()
    {
        using var folder = new TempFolder();
        var cache = Path.Combine(folder.Path, "parts");
        var pages = Pages("Het pand werd gesloten.");
        var keys = pages.Select(p => "key of " + p.Url).ToList();
        var first = WriteFromInputs(folder.Path, pages, keys, new ConcurrentBag<int>(), cache);

        var made = new ConcurrentBag<int>();
        var again = WriteFromInputs(folder.Path, pages, keys, made, cache);
        Assert.Empty(made);
        Assert.Equal(first.PartKeys, again.PartKeys);

        // The last page edited: only its part's documents are made, and the keys are those a build without the memo gives.
        var edited = Pages("Het pand werd gesloten na de boete.");
        var editedKeys = keys.Select((k, i) => i == 11 ? "edited" : k).ToList();
        made = new ConcurrentBag<int>();
        var afterEdit = WriteFromInputs(folder.Path, edited, editedKeys, made, cache);
        Assert.Contains(11, made);
        Assert.InRange(made.Distinct().Count(), 1, 6);
        var clean = WriteFromInputs(folder.Path, edited, editedKeys, new ConcurrentBag<int>(), Path.Combine(folder.Path, "clean-parts"));
        Assert.Equal(clean.PartKeys, afterEdit.PartKeys);
        Assert.NotEqual(first.PartKeys, afterEdit.PartKeys);
    }
}
