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
            partCache: Path.Combine(folder, "parts"), compoundCandidates: new DocumentCandidates("words", d =>
            {
                asked.Add(d);
                return pages[d].Body.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
            }));
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

        // Another dictionary: no part reads its candidates again (they are kept with the parts), and the keys are those
        // of a clean build.
        var (other, askedOther) = Write(folder.Path, Pages("Het pand werd gesloten na de boete."), "eigenaar", "boete");
        Assert.Empty(askedOther);
        Assert.NotEqual(edited.PartKeys, other.PartKeys);
        using var clean = new TempFolder();
        Assert.Equal(Write(clean.Path, Pages("Het pand werd gesloten na de boete."), "eigenaar", "boete").Result.PartKeys, other.PartKeys);
    }

    // Twelve pages; only page 3 has the word "tandem".
    private static IReadOnlyList<IndexDocument> Tandems() => Enumerable.Range(0, 12).Select(i =>
        new IndexDocument($"/praktijkvoorbeelden/p{i:00}/", "praktijkvoorbeeld", "Praktijkvoorbeeld", $"Pand {i}", "", [],
            i == 3 ? "De fietsenmaker repareerde een tandem in pand 3." : $"De pandeigenaar van pand {i} kreeg een waarschuwing.",
            TestTaxonomies.Terms(["vastgoed"]), ["vastgoed"], null, null, null))
        .ToList();

    [Fact]
    public void A_word_entering_or_leaving_the_dictionary_gives_a_new_key_only_to_the_parts_whose_text_has_it()
    {
        using var folder = new TempFolder();
        var pages = Tandems();
        var withTandem = SearchIndexWriter.Parts(pages.Select(p => p.Url).ToList(), averageSize: 4).Select(p => p.Start <= 3 && 3 < p.Start + p.Count).ToList();
        var (before, _) = Write(folder.Path, pages, "eigenaar");

        var (entered, asked) = Write(folder.Path, pages, "eigenaar", "tandem");
        Assert.Empty(asked);
        for (var i = 0; i < before.Parts; i++) Assert.Equal(!withTandem[i], before.PartKeys[i] == entered.PartKeys[i]);
        // No word of that part splits otherwise (fietsenmaker has no head among the entries): its files are taken over.
        Assert.Equal(before.Parts, entered.Reused);
        Assert.Equal(1, entered.TakenOver);

        var (left, askedLeft) = Write(folder.Path, pages, "eigenaar");
        Assert.Empty(askedLeft);
        Assert.Equal(before.PartKeys, left.PartKeys);
        Assert.Equal(left.Parts, left.Reused);
    }

    [Fact]
    public void Candidates_kept_with_a_part_that_are_missing_garbled_or_of_another_word_list_are_read_again_from_the_documents()
    {
        using var folder = new TempFolder();
        var pages = Tandems();
        var (first, _) = Write(folder.Path, pages, "eigenaar");
        var records = first.PartKeys.Take(first.Parts).Select(k => Path.Combine(folder.Path, "parts", k, "compound-candidates")).ToList();
        Assert.All(records, r => Assert.True(File.Exists(r)));
        File.Delete(records[0]);
        var garbled = File.ReadAllBytes(records[1]);
        garbled[garbled.Length / 2] ^= 1;
        File.WriteAllBytes(records[1], garbled);
        File.WriteAllBytes(records[2], File.ReadAllBytes(records[2])[..^5]);

        var (changed, asked) = Write(folder.Path, pages, "eigenaar", "tandem");
        var parts = SearchIndexWriter.Parts(pages.Select(p => p.Url).ToList(), averageSize: 4);
        // The documents of the three parts are asked for their candidates again, and only those.
        Assert.Equal(Enumerable.Range(parts[0].Start, parts[2].Start + parts[2].Count - parts[0].Start), asked.Order());
        using var clean = new TempFolder();
        Assert.Equal(Write(clean.Path, pages, "eigenaar", "tandem").Result.PartKeys, changed.PartKeys);
        // Made again, they are kept again, in the parts' new folders too.
        Assert.All(changed.PartKeys.Take(changed.Parts), k => Assert.True(File.Exists(Path.Combine(folder.Path, "parts", k, "compound-candidates"))));

        // Candidates of another word list are not taken for this one's, and the parts (whose compounds may begin with any
        // word of the list) are those a clean build with that list writes.
        var otherList = new ConcurrentBag<int>();
        IndexWriteResult WithAnotherList(string cache) => SearchIndexWriter.Write(Path.Combine(folder.Path, $"index-{Guid.NewGuid():N}"), pages,
            SearchResources.Empty with { Compounds = CompoundDictionary.Build(["eigenaar"], ["eigenaar"]), Taxonomies = TestTaxonomies.ThemesAndRegions },
            partSize: 4, partCache: cache, compoundCandidates: new DocumentCandidates("another list", d =>
            {
                otherList.Add(d);
                return pages[d].Body.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
            }));
        var another = WithAnotherList(Path.Combine(folder.Path, "parts"));
        Assert.Equal(Enumerable.Range(0, pages.Count), otherList.Order());
        Assert.NotEqual(first.PartKeys, another.PartKeys);
        Assert.Equal(WithAnotherList(Path.Combine(clean.Path, "other-parts")).PartKeys, another.PartKeys);
        // Back to the first list with the same dictionary: the keys remembered for the other list are not taken.
        Assert.Equal(first.PartKeys, Write(folder.Path, pages, "eigenaar").Result.PartKeys);
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
            partCache: partCache, compoundCandidates: new DocumentCandidates("words", d => input[d].Body.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList()));
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
