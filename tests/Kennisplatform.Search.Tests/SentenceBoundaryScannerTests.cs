using Kennisplatform.Search;

namespace Kennisplatform.Search.Tests;

public class SentenceBoundaryScannerTests
{
    private const string Text = "Eerst dit. De burgemeester sluit het pand na een waarschuwing. Daarna volgt de rest van het verhaal.";

    [Fact]
    public void A_passage_widens_to_the_sentence_around_it_with_its_full_stop()
    {
        var scanner = new SentenceBoundaryScanner();
        var hit = Text.IndexOf("sluit", StringComparison.Ordinal);

        var start = scanner.FindStartOffset(Text, hit);
        var end = scanner.FindEndOffset(Text, hit + "sluit".Length);

        Assert.Equal("De burgemeester sluit het pand na een waarschuwing.", Text[start..end]);
    }

    [Fact]
    public void Without_a_sentence_end_close_by_the_passage_stops_at_a_word()
    {
        var words = string.Join(' ', Enumerable.Repeat("woord", 60));
        var scanner = new SentenceBoundaryScanner(maxScan: 30);

        var start = scanner.FindStartOffset(words, 152);
        var end = scanner.FindEndOffset(words, 152);

        Assert.Equal(' ', words[start - 1]);
        Assert.Equal(' ', words[end]);
    }
}
