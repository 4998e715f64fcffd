namespace Kennisplatform.Pages.Markdown;

/// <summary>A section heading of a page, with the id the table of contents and anchors use.</summary>
public sealed record Heading(int Level, string Text, string Id);

/// <summary>A link written in content, with its position relative to the start of the body (0-based line).</summary>
public sealed record ContentLink(string Url, int Line, int Column, bool IsImage, bool HasAltText);

/// <summary>The outcome of rendering a Markdown body: safe HTML plus what search and link checking need.</summary>
public sealed record RenderedMarkdown(
    string Html,
    string PlainText,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<ContentLink> Links);
