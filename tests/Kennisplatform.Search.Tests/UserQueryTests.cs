using Kennisplatform.Search;

namespace Kennisplatform.Search.Tests;

public class UserQueryTests
{
    [Fact]
    public void Words_phrases_and_exclusions_are_recognised()
    {
        var query = UserQuery.Parse("damocles \"artikel 13b\" -horeca");

        Assert.Equal(
            [new QueryElement("damocles", false, false), new QueryElement("artikel 13b", true, false), new QueryElement("horeca", false, true)],
            query.Elements);
    }

    [Theory]
    [InlineData("title:(")]
    [InlineData("*")]
    [InlineData("a AND (b OR")]
    [InlineData("\"unclosed phrase")]
    [InlineData("~!@#$%^&*()_+{}|:<>?")]
    [InlineData("😀🔍")]
    [InlineData("\uD800 broken surrogate")]
    [InlineData("-")]
    [InlineData("")]
    public void Any_input_parses_without_throwing(string input)
    {
        var query = UserQuery.Parse(input);

        Assert.NotNull(query);
        Assert.All(query.Elements, e => Assert.False(string.IsNullOrEmpty(e.Text)));
    }

    [Fact]
    public void Very_long_input_is_cut_and_flagged()
    {
        var query = UserQuery.Parse(new string('a', 10_000));

        Assert.True(query.WasTruncated);
        Assert.Equal(UserQuery.MaxLength, query.Text.Length);
    }
}
