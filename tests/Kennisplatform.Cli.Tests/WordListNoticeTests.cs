using Kennisplatform.Testing;

namespace Kennisplatform.Cli.Tests;

public class WordListNoticeTests
{
    [Fact]
    public void A_missing_word_list_is_named_with_the_package_that_brings_it()
    {
        using var temp = new TempFolder();
        var missing = temp["dutch"];

        var warning = WordListNotice.For(missing);

        Assert.NotNull(warning);
        Assert.StartsWith("warning:", warning);
        Assert.Contains(missing, warning);
        Assert.Contains("apt-get install wdutch", warning);
    }

    [Fact]
    public void A_word_list_that_is_there_gives_no_warning()
    {
        using var temp = new TempFolder();
        var present = temp["dutch"];
        File.WriteAllText(present, "aanpak\n");

        Assert.Null(WordListNotice.For(present));
    }
}
