using Kennisplatform.Pages;

namespace Kennisplatform.Pages.Tests;

public class PresentationTests
{
    [Theory]
    [InlineData("lopend", "2022-06", "lopend (stand juni 2022)")]
    [InlineData("actief", "2021-05-01", "actief (stand 1 mei 2021)")]
    [InlineData("afgerond", null, "afgerond")]
    [InlineData("onbekend", null, "nog niet bekend")]
    [InlineData("onbekend", "2022-06", "nog niet bekend")]
    public void A_status_is_shown_with_the_date_it_was_last_known(string status, string? date, string expected)
    {
        Assert.Equal(expected, Presentation.StatusText(status, date));
    }

    [Theory]
    [InlineData("onbekend", "nog niet bekend")]
    [InlineData("online", "online")]
    [InlineData("Onbekend terrein", "Onbekend terrein")]
    public void Only_the_value_onbekend_reads_as_not_yet_known(string value, string expected)
    {
        Assert.Equal(expected, Presentation.Known(value));
    }
}
