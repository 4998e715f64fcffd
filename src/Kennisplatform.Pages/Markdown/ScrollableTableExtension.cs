using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Kennisplatform.Pages.Markdown;

/// <summary>
/// Wraps each table in a region that scrolls sideways on narrow screens and can take keyboard focus, so that
/// keyboard users can scroll it too (WCAG 2.1.1).
/// </summary>
public sealed class ScrollableTableExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var tables = html.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (tables is not null) html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(tables));
    }

    private sealed class ScrollableTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine().Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\">").WriteLine();
            ((IMarkdownObjectRenderer)inner).Write(renderer, table);
            renderer.EnsureLine().WriteLine("</div>");
        }
    }
}
