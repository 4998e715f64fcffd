using Kennisplatform.Pages.Markdown;
using Markdig;
using Markdig.Syntax;

namespace Kennisplatform.Network;

/// <summary>
/// The Markdown subset users write in: paragraphs, emphasis, lists, quotes, code and links; no raw HTML (it is shown
/// as text), no headings (the page owns its outline), no images, no script links.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .DisableHeadings()
        .UseAutoLinks()
        .UseReferralLinks("nofollow", "noopener", "noreferrer")
        .Use<SafeLinkExtension>()
        .Build();

    /// <summary>The text as HTML that is safe to put in a page.</summary>
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        // Images would fetch from elsewhere (a tracking pixel); they become their link.
        foreach (var image in document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Where(l => l.IsImage))
        {
            image.IsImage = false;
        }
        return document.ToHtml(Pipeline);
    }
}
