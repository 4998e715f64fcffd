namespace Kennisplatform.Pages;

/// <summary>
/// Takes the "Zo gebruikt u het platform" section out of the home page's introduction, so that the home page can show
/// it near the top while the rest of the introduction closes the page.
/// </summary>
public static class HomeGuide
{
    /// <summary>The heading id of the section (Markdig's GitHub-style id of its title).</summary>
    public const string SectionId = "zo-gebruikt-u-het-platform";

    /// <summary>The section (from its h2 up to the next h2) and the introduction without it; an empty guide when absent.</summary>
    public static (string Guide, string Others) Split(string html)
    {
        var start = html.IndexOf($"<h2 id=\"{SectionId}\"", StringComparison.Ordinal);
        if (start < 0) return ("", html);
        var next = html.IndexOf("<h2", start + 3, StringComparison.Ordinal);
        var end = next < 0 ? html.Length : next;
        return (html[start..end].Trim(), (html[..start] + html[end..]).Trim());
    }

    /// <summary>The first sentence of a summary, as the one line a theme card shows.</summary>
    public static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text.Trim() : text[..(end + 1)].Trim();
    }
}
