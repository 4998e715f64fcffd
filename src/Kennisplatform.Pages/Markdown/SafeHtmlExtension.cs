using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisplatform.Pages.Markdown;

/// <summary>Markdig extension that renders raw HTML in content through <see cref="RawHtmlFilter"/>, never unchecked.</summary>
public sealed class SafeHtmlExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<HtmlBlockRenderer>(new SafeHtmlBlockRenderer());
        html.ObjectRenderers.Replace<HtmlInlineRenderer>(new SafeHtmlInlineRenderer());
    }

    private sealed class SafeHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            if (!renderer.EnableHtmlForBlock) return;
            renderer.Write(RawHtmlFilter.Filter(block.Lines.ToString())).EnsureLine();
        }
    }

    private sealed class SafeHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            if (!renderer.EnableHtmlForInline) return;
            renderer.Write(RawHtmlFilter.Filter(inline.Tag));
        }
    }
}
