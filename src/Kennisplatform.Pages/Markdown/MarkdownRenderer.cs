using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using System.Buffers;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisplatform.Pages.Markdown;

/// <summary>Renders content Markdown with one Markdig pipeline: tables, footnotes, heading ids, auto-links, safe HTML.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;

    /// <summary>Builds the pipeline once; it is immutable and shared by all threads.</summary>
    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseDefinitionLists();
        builder.Extensions.Add(new SafeHtmlExtension());
        builder.Extensions.Add(new SafeLinkExtension());
        builder.Extensions.Add(new ScrollableTableExtension());
        _pipeline = builder.Build();
    }

    /// <summary>Renders one body.</summary>
    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);

        var html = new StringWriter();
        var htmlRenderer = new HtmlRenderer(html);
        _pipeline.Setup(htmlRenderer);
        htmlRenderer.Render(document);

        return new RenderedMarkdown(html.ToString(), PlainText(document), HeadingsOf(document), LinksOf(document));
    }

    // The words a reader sees, for the index: raw HTML is left out, as are tags inside text. Words are separated by
    // one space, whatever white space stood between them.
    private static string PlainText(MarkdownDocument document)
    {
        var words = new PlainWords();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HtmlBlock) continue;
            if (block.Inline is { } inline) words.Append(inline);
            else words.Append(block.Lines.ToString());
            words.Break(); // the words of two blocks never run together
        }
        return words.ToString();
    }

    private static List<Heading> HeadingsOf(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, InlineText(h.Inline), h.GetAttributes().Id ?? ""))
            .Where(h => h.Id.Length > 0)
            .ToList();

    private static List<ContentLink> LinksOf(MarkdownDocument document)
    {
        var links = new List<ContentLink>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    links.Add(new ContentLink(Written(link, url), link.Line, link.Column + 1, link.IsImage,
                        link.IsImage && InlineText(link).Trim().Length > 0));
                    break;
                case AutolinkInline { Url: { } url } auto:
                    links.Add(new ContentLink(Written(auto, url), auto.Line, auto.Column + 1, false, false));
                    break;
            }
        }
        return links;
    }

    // The target as the editor wrote it, also when SafeLinkExtension replaced it with "#" for the page.
    private static string Written(Inline link, string url) => link.GetData(SafeLinkExtension.OriginalUrlKey) as string ?? url;

    /// <summary>
    /// Text written as words with one space between them, straight from the inlines: no copy of each block's text is
    /// split and joined again.
    /// </summary>
    private sealed class PlainWords
    {
        private static readonly SearchValues<char> Spaces = SearchValues.Create(" \n\r\t");
        private readonly StringBuilder _text = new();
        private bool _break;

        public void Break() => _break = true;

        public void Append(ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                var space = text.IndexOfAny(Spaces);
                if (space != 0)
                {
                    if (_break && _text.Length > 0) _text.Append(' ');
                    _break = false;
                    _text.Append(space < 0 ? text : text[..space]);
                    if (space < 0) return;
                }
                _break = true;
                text = text[(space + 1)..];
            }
        }

        // The same inlines as InlineText.
        public void Append(ContainerInline node)
        {
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                switch (child)
                {
                    case LiteralInline literal: Append(literal.Content.AsSpan()); break;
                    case CodeInline code: Append(code.Content); break;
                    case LineBreakInline: Break(); break;
                    case ContainerInline inner: Append(inner); break;
                }
            }
        }

        public override string ToString() => _text.ToString();
    }

    private static string InlineText(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();

        static void Append(ContainerInline? node, StringBuilder text)
        {
            for (var child = node?.FirstChild; child is not null; child = child.NextSibling)
            {
                switch (child)
                {
                    case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                    case CodeInline code: text.Append(code.Content); break;
                    case LineBreakInline: text.Append(' '); break;
                    case ContainerInline inner: Append(inner, text); break;
                }
            }
        }
    }
}
