namespace Kennisplatform.Network.Tests;

public class SafeMarkdownTests
{
    [Fact]
    public void Raw_html_is_shown_as_text_not_run()
    {
        var html = SafeMarkdown.ToHtml("Hallo <script>alert(1)</script> en <b onmouseover=\"x()\">vet</b>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b ", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Script_links_images_and_headings_are_neutralised()
    {
        var html = SafeMarkdown.ToHtml("# Kop\n\n[klik](javascript:alert(1)) ![pixel](https://tracker.example/p.gif)");

        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<h1", html);
    }

    [Fact]
    public void Emphasis_lists_and_links_work_and_links_are_nofollow()
    {
        var html = SafeMarkdown.ToHtml("**Bibob** en *Damocles*\n\n- een\n- twee\n\n[RIEC](https://www.riec.nl/)");

        Assert.Contains("<strong>Bibob</strong>", html);
        Assert.Contains("<li>een</li>", html);
        Assert.Contains("href=\"https://www.riec.nl/\"", html);
        Assert.Contains("nofollow", html);
    }
}
