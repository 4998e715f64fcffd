using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Pages.Markdown;

namespace Kennisplatform.Build;

/// <summary>Everything known about content after checking it: the documents, their rendered bodies and the diagnostics.</summary>
public sealed record CheckedContent(
    ContentSet Content,
    IReadOnlyList<RenderedDocument> Rendered,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan LoadTime = default,
    TimeSpan ParseTime = default)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>The checks that <c>kennisplatform check</c> and every build run: front matter, fields, references, links.</summary>
public sealed class SiteChecker
{
    private readonly MarkdownRenderer _markdown = new();

    /// <summary>
    /// Loads a content folder, validates it, renders its Markdown (the link check reads the rendered links and
    /// anchors, and the build reuses the rendering) and checks its links.
    /// </summary>
    public CheckedContent Check(string contentFolder)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var content = ContentLoader.Load(contentFolder);
        var loaded = clock.Elapsed;
        var diagnostics = content.Diagnostics.Concat(ContentValidator.Validate(content.Documents, ContentLoader.TemplateLines(content.Root))).ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return new CheckedContent(content, [], diagnostics, loaded);

        var rendered = new RenderedDocument[content.Documents.Count];
        Parallel.For(0, rendered.Length, i => rendered[i] = new RenderedDocument(content.Documents[i], _markdown.Render(content.Documents[i].Body)));
        var restricted = rendered.Where(r => r.Document.IsRestricted).Select(r => r.Document.Url).ToHashSet(StringComparer.OrdinalIgnoreCase);
        diagnostics.AddRange(LinkChecker.Check(rendered, content.Assets, restricted));
        return new CheckedContent(content, rendered, diagnostics, loaded, clock.Elapsed - loaded);
    }
}
