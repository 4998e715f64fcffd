using Kennisplatform.Pages.Markdown;

namespace Kennisplatform.Pages.Tests.Markdown;

public class RawHtmlFilterTests
{
    [Theory]
    [InlineData("<B>x</B>", "<b>x</b>")]
    [InlineData("<sup class=\"a\">2</sup>", "<sup>2</sup>")]
    [InlineData("<br/>", "<br>")]
    [InlineData("<!-- note -->tekst", "tekst")]
    [InlineData("<span>in</span>", "in")]
    [InlineData("a < b > c", "a &lt; b &gt; c")]
    [InlineData("<script>x</script>na", "na")]
    [InlineData("<img src=x onerror=alert(1)", "&lt;img src=x onerror=alert(1)")]
    public void Keeps_only_allowed_tags_without_attributes(string input, string expected)
    {
        Assert.Equal(expected, RawHtmlFilter.Filter(input));
    }
}
