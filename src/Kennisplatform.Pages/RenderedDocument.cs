using Kennisplatform.Content;
using Kennisplatform.Pages.Markdown;

namespace Kennisplatform.Pages;

/// <summary>A document together with its rendered body.</summary>
public sealed record RenderedDocument(Document Document, RenderedMarkdown Markdown)
{
    /// <summary>This document without its plain text, which only the search index reads.</summary>
    public RenderedDocument WithoutPlainText() => this with { Markdown = Markdown.WithoutPlainText() };

    /// <summary>This document with only what checking links needs (headings, links): once its page is written.</summary>
    public RenderedDocument WithoutText() => this with { Markdown = Markdown.WithoutTexts() };
}
