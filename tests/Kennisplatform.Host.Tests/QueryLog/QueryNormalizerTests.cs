using Kennisplatform.Host.QueryLog;

namespace Kennisplatform.Host.Tests.QueryLog;

public class QueryNormalizerTests
{
    [Theory]
    [InlineData("Witwassen", "witwassen")]
    [InlineData("  WITWASSEN   OMG ", "witwassen omg")]
    [InlineData("geïntegreerde   Aanpak", "geintegreerde aanpak")]
    [InlineData("\"Den  Haag\" -Rotterdam", "\"den haag\" -rotterdam")]
    [InlineData("title:(damocles)*", "title damocles")]
    public void Queries_that_differ_only_in_case_spacing_accents_or_syntax_count_as_one(string typed, string counted) =>
        Assert.Equal(counted, QueryNormalizer.Normalize(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Nothing_typed_is_no_query(string? typed) => Assert.Equal("", QueryNormalizer.Normalize(typed));

    [Theory]
    [InlineData("j.jansen@gemeente.nl", true)]
    [InlineData("06-1234 5678", true)]
    [InlineData("bsn 123456789", true)]
    [InlineData("damocles 2021", false)]
    [InlineData("1234 ab bibob", false)]
    [InlineData("witwassen", false)]
    public void Text_that_looks_like_personal_data_is_recognised(string normalized, bool personal) =>
        Assert.Equal(personal, QueryNormalizer.LooksPersonal(normalized));
}
