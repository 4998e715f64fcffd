using Kennisplatform.Testing;

namespace Kennisplatform.Search.Tests;

public sealed class PartWordTermsTests
{
    private static WordTerms Analysis(params string[] dictionary) => new DutchTextAnalyzer(CompoundDictionary.Build(dictionary, dictionary)).Words;

    [Fact]
    public void Only_words_long_enough_to_split_are_kept_and_a_dictionary_that_splits_them_otherwise_is_told_apart()
    {
        using var folder = new TempFolder();
        var kept = new PartWordTerms();
        foreach (var word in new[] { "Vastgoedcriminaliteit", "vastgoed", "pand", "überwachungen" }) kept.Add(word, Analysis("vastgoed", "criminaliteit"));
        Assert.Equal(2, kept.Count); // vastgoed and pand are too short to be split under any dictionary
        Assert.True(kept.Write(folder.Path));

        var read = PartWordTerms.Read(folder.Path);
        Assert.NotNull(read);
        Assert.True(read.SameUnder(Analysis("vastgoed", "criminaliteit", "drugs")));
        Assert.False(read.SameUnder(Analysis("vastgoed")));
    }

    [Fact]
    public void A_record_cut_short_or_garbled_is_none()
    {
        using var folder = new TempFolder();
        var kept = new PartWordTerms();
        kept.Add("vastgoedcriminaliteit", Analysis("vastgoed", "criminaliteit"));
        kept.Write(folder.Path);
        var file = Path.Combine(folder.Path, PartWordTerms.FileName);
        var bytes = File.ReadAllBytes(file);

        bytes[bytes.Length / 3] ^= 1;
        File.WriteAllBytes(file, bytes);
        Assert.Null(PartWordTerms.Read(folder.Path));
        File.WriteAllBytes(file, bytes[..^10]);
        Assert.Null(PartWordTerms.Read(folder.Path));
        File.Delete(file);
        Assert.Null(PartWordTerms.Read(folder.Path));
    }
}
