using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Pages.Markdown;

namespace Kennisplatform.Build;

/// <summary>
/// Compiles a content folder into what <c>kennisplatform check</c> and every build start from: the documents read and
/// validated, their Markdown rendered, their links checked (the link check reads the rendered links and anchors, which
/// is why rendering happens here and the build reuses it), and every diagnostic.
/// </summary>
public sealed class ContentCompiler
{
    private readonly MarkdownRenderer _markdown = new();

    /// <summary>
    /// Loads a content folder, validates it, renders its Markdown and checks its links in the same run: an editor sees
    /// front-matter and link problems together. Links to a file that could not be read are not reported as broken (that file's own
    /// error is). With <paramref name="previousManifest"/> (the address manifest of the published site, as the bytes of its
    /// file: <see cref="AddressManifest.ReadFile"/>) every address it lists must still exist (<see cref="AddressGuard"/>;
    /// with the cache kept for those bytes while no document's front matter changes). With <paramref name="cache"/>, only files it has not seen
    /// with these bytes are parsed and rendered; <paramref name="files"/> (the folder as the build's fingerprint saw it)
    /// gives the hashes of the files and the bytes it read, so that a file is read once at most.
    /// </summary>
    public CompiledContent Compile(string contentFolder, byte[]? previousManifest = null, ContentCache? cache = null,
        ContentFiles? files = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // The editor templates' lines, which a page may not keep: a file read is checked for them at once (ContentCache.InBody).
        var templateLines = ContentLoader.TemplateLines(contentFolder);
        var content = cache is null
            ? ContentLoader.Load(contentFolder)
            : ContentLoader.Load(contentFolder, (path, taxonomies) => cache.Read(path, files?.HashOf(path),
                () => files?.Take(path) ?? (File.ReadAllBytes(Path.Combine(contentFolder, path)), null), taxonomies, _markdown.Render, templateLines),
                files?.Paths);
        var loaded = clock.Elapsed;
        // The checks across documents follow from the documents without their bodies: kept while no front matter changes.
        var across = cache?.Checks(content.Documents, content.Taxonomies, () => ContentValidator.Across(content.Documents, content.Taxonomies));
        var diagnostics = content.Diagnostics.Concat(ContentValidator.Validate(content.Documents, content.Taxonomies, templateLines, across,
            cache is null ? null : cache.InBody)).ToList();

        var rendered = new RenderedDocument[content.Documents.Count];
        Parallel.For(0, rendered.Length, i => rendered[i] = new RenderedDocument(content.Documents[i],
            cache?.MarkdownOf(content.Documents[i]) ?? _markdown.Render(content.Documents[i].Body)));
        var restricted = rendered.Where(r => r.Document.IsRestricted).Select(r => r.Document.Url).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var read = content.Documents.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        var unread = content.Diagnostics.Select(d => d.Path).Where(p => !read.Contains(p)).Select(p => DocumentReader.UrlOf(p, content.Taxonomies)).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        diagnostics.AddRange(LinkChecker.Check(rendered, content.Assets, restricted, unread: unread));
        // Only when all files were read: a file with a YAML error would otherwise count as a page that disappeared.
        if (previousManifest is not null && unread.Count == 0)
        {
            IReadOnlyList<Diagnostic> Guard() => AddressGuard.Check(AddressManifest.Parse(previousManifest), content.Documents, content.Taxonomies);
            diagnostics.AddRange(cache?.Guard(previousManifest, content.Documents, content.Taxonomies, Guard) ?? Guard());
        }
        return new CompiledContent(content, rendered, diagnostics, loaded, clock.Elapsed - loaded);
    }
}
