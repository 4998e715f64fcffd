using Kennisplatform.Content;

namespace Kennisplatform.Content.Tests;

public class DidYouMeanTests
{
    [Theory]
    [InlineData("vastgod", "vastgoed")]
    [InlineData("damoclse", "damocles")]
    [InlineData("VASTGOED", "vastgoed")]
    public void Close_misspellings_find_the_intended_name(string typed, string expected)
    {
        Assert.Equal(expected, DidYouMean.Closest(typed, ["vastgoed", "damocles", "horeca"]));
    }

    [Fact]
    public void Unrelated_words_get_no_suggestion()
    {
        Assert.Null(DidYouMean.Closest("mensenhandel", ["vastgoed", "damocles", "horeca"]));
    }
}
