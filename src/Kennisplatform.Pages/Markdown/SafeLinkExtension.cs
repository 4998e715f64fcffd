using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisplatform.Pages.Markdown;

/// <summary>Markdig extension that neutralises <c>javascript:</c> and other script-bearing link targets.</summary>
public sealed class SafeLinkExtension : IMarkdownExtension
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    /// <summary>Key under which a neutralised link keeps its written target, so the link checker can report it.</summary>
    public const string OriginalUrlKey = "kp-original-url";

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Neutralise;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>True for relative links and for the schemes a reader may follow.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // the colon is in a path or query
        return SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static void Neutralise(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) Neutralise(link, link.Url!, u => link.Url = u);
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url)) Neutralise(link, link.Url!, u => link.Url = u);
        }
    }

    private static void Neutralise(Inline link, string url, Action<string> setUrl)
    {
        link.SetData(OriginalUrlKey, url);
        setUrl("#");
    }
}
