using Kennisplatform.Content;
using Kennisplatform.Pages.Markdown;

namespace Kennisplatform.Pages;

/// <summary>A document together with its rendered body.</summary>
public sealed record RenderedDocument(Document Document, RenderedMarkdown Markdown);
