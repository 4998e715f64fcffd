using Kennisplatform.Content;

namespace Kennisplatform.Content.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2020-05-01", DatePrecision.Day, "1 mei 2020")]
    [InlineData("2020-05", DatePrecision.Month, "mei 2020")]
    [InlineData("2020", DatePrecision.Year, "2020")]
    public void Iso_dates_of_any_precision_parse_and_read_in_Dutch(string text, DatePrecision precision, string dutch)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToIso());
        Assert.Equal(dutch, date.ToDutch());
    }

    [Theory]
    [InlineData("2020-13-01")]
    [InlineData("2020-02-30")]
    [InlineData("1-5-2020")]
    [InlineData("mei 2020")]
    [InlineData("0000-01-01")]
    [InlineData("0999")]
    [InlineData("2020-00")]
    [InlineData("2020-1-01")]
    [InlineData("2020-05-1x")]
    [InlineData("2021-02-29")]
    [InlineData("２０２０")]
    [InlineData("")]
    public void Invalid_dates_do_not_parse(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }
}
