namespace Kennisplatform.Pages.Markdown;

/// <summary>A section heading of a page, with the id the table of contents and anchors use.</summary>
public sealed record Heading(int Level, string Text, string Id);

/// <summary>A link written in content, with its position relative to the start of the body (0-based line).</summary>
public sealed record ContentLink(string Url, int Line, int Column, bool IsImage, bool HasAltText);

/// <summary>
/// The outcome of rendering a Markdown body: safe HTML plus what search and link checking need. The HTML and the plain
/// text may come from a build cache when first asked for: only the pages and index parts that are made again read them,
/// while the checks read the headings and links of every page.
/// </summary>
public sealed class RenderedMarkdown
{
    private readonly Lazy<string> _html;
    private readonly Lazy<string> _plainText;

    /// <summary>Rendered Markdown with its texts at hand.</summary>
    public RenderedMarkdown(string html, string plainText, IReadOnlyList<Heading> headings, IReadOnlyList<ContentLink> links)
        : this(new Lazy<string>(html), new Lazy<string>(plainText), headings, links)
    {
    }

    /// <summary>Rendered Markdown whose texts <paramref name="html"/> and <paramref name="plainText"/> give when first asked for.</summary>
    public RenderedMarkdown(Func<string> html, Func<string> plainText, IReadOnlyList<Heading> headings, IReadOnlyList<ContentLink> links)
        : this(new Lazy<string>(html), new Lazy<string>(plainText), headings, links)
    {
    }

    private RenderedMarkdown(Lazy<string> html, Lazy<string> plainText, IReadOnlyList<Heading> headings, IReadOnlyList<ContentLink> links)
    {
        _html = html;
        _plainText = plainText;
        Headings = headings;
        Links = links;
    }

    /// <summary>The safe HTML of the body.</summary>
    public string Html => _html.Value;

    /// <summary>The body as plain text, for the search index.</summary>
    public string PlainText => _plainText.Value;

    /// <summary>The headings, in order.</summary>
    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>The links and images, in order.</summary>
    public IReadOnlyList<ContentLink> Links { get; }

    /// <summary>The same without its plain text (which only the search index reads), letting go of it.</summary>
    public RenderedMarkdown WithoutPlainText() => new(_html, new Lazy<string>(""), Headings, Links);

    /// <summary>The same with only the headings and links, letting go of both texts.</summary>
    public RenderedMarkdown WithoutTexts() => new(new Lazy<string>(""), new Lazy<string>(""), Headings, Links);
}
