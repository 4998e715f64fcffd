namespace Kennisplatform.Pages.Tests;

public class HomeGuideTests
{
    [Fact]
    public void The_guide_section_is_taken_out_up_to_the_next_heading()
    {
        var (guide, rest) = HomeGuide.Split("<h2 id=\"welkom\">Welkom</h2>\n<p>a</p>\n<h2 id=\"zo-gebruikt-u-het-platform\">Zo</h2>\n<ul><li>b</li></ul>\n<h2 id=\"meer\">Meer</h2>\n<p>c</p>");

        Assert.Equal("<h2 id=\"zo-gebruikt-u-het-platform\">Zo</h2>\n<ul><li>b</li></ul>", guide);
        Assert.Equal("<h2 id=\"welkom\">Welkom</h2>\n<p>a</p>\n<h2 id=\"meer\">Meer</h2>\n<p>c</p>", rest);
    }

    [Fact]
    public void Without_a_guide_section_the_introduction_stays_whole()
    {
        Assert.Equal(("", "<p>a</p>"), HomeGuide.Split("<p>a</p>"));
    }

    [Fact]
    public void A_theme_card_line_is_the_first_sentence_of_the_summary()
    {
        Assert.Equal("Eerste zin.", HomeGuide.FirstSentence("Eerste zin. Tweede zin."));
        Assert.Equal("Eén zin zonder punt", HomeGuide.FirstSentence("Eén zin zonder punt"));
    }
}
