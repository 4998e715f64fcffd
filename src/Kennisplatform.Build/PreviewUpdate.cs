using System.Text;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Search;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;

namespace Kennisplatform.Build;

/// <summary>
/// What a finished build knows, kept by <c>serve --watch</c> so that one edited page can be redone at once; of the public
/// documents it keeps what the link check needs (headings and links), not their HTML or plain text.
/// </summary>
public sealed record BuildState(
    BuildOptions Options,
    string BuildFolder,
    IReadOnlyList<RenderedDocument> Rendered,
    IReadOnlyDictionary<string, IReadOnlyList<ListingItem>> Related,
    IReadOnlyList<string> Assets)
{
    /// <summary>The taxonomy table the build used.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; init; } = [];
}

/// <summary>
/// The preview's fast path: when one existing public page's file changes and still checks clean, only that page is
/// rendered again and written into the current build, which the open browser then reloads. Listings, feeds and the
/// index follow with the next full build. Used by <c>serve --watch</c> only: published builds are never changed.
/// </summary>
public sealed class PreviewUpdate
{
    private readonly MarkdownRenderer _markdown = new();
    private readonly ThemeRenderer _theme = new();

    /// <summary>Redoes one page; false when the change needs a full build (new, moved or closed page, or an error).</summary>
    public async Task<bool> TryAsync(BuildState state, string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var previous = state.Rendered.FirstOrDefault(r => r.Document.SourcePath == path);
        var file = Path.Combine(state.Options.ContentFolder, path);
        if (previous is null || previous.Document.IsRestricted || !File.Exists(file)) return false;

        var diagnostics = new List<Diagnostic>();
        var document = DocumentReader.Read(path, await File.ReadAllTextAsync(file), diagnostics, state.Taxonomies);
        if (document is null || document.Url != previous.Document.Url || document.IsRestricted) return false;
        var rendered = new RenderedDocument(document, _markdown.Render(document.Body));
        var all = state.Rendered.Select(r => r.Document.SourcePath == path ? rendered : r).ToList();
        diagnostics.AddRange(ContentValidator.Validate(all.Select(r => r.Document).ToList(), state.Taxonomies, only: d => d.SourcePath == path)
            .Where(d => d.Path == path));
        var restricted = all.Where(r => r.Document.IsRestricted).Select(r => r.Document.Url).ToHashSet(StringComparer.OrdinalIgnoreCase);
        diagnostics.AddRange(LinkChecker.Check(all, state.Assets, restricted, d => d.SourcePath == path));
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return false;

        var site = new Site(all.Where(r => !r.Document.IsRestricted).Select(r => r.Document), state.Taxonomies);
        var model = new DocumentPageBuilder(site, new SiteSettings(state.Options.BaseUrl))
            .Build(rendered, state.Related.GetValueOrDefault(document.Url, []));
        var html = document.Url == "/" ? null : await _theme.RenderAsync<DocumentPage>(model);
        if (html is null) return false;

        var layout = new BuildLayout(state.BuildFolder);
        var target = Path.Combine(layout.Public, OutputPage.FileFor(document.Url));
        // Replaced, not changed in place (the page may be a hard link into the build cache); a failure is an error.
        await WholeFile.WriteAsync(target, (stream, cancel) => stream.WriteAsync(Encoding.UTF8.GetBytes(html), cancel).AsTask());
        File.Delete(target + ".br");
        File.Delete(target + ".gz");
        if (state.Options.UseCache)
        {
            var page = Path.GetRelativePath(state.BuildFolder, target).Replace('\\', '/');
            new BuildCache(state.Options.CacheFolder ?? BuildCache.DefaultFolder(state.Options.OutputFolder))
                .Forget(state.BuildFolder, [page, page + ".br", page + ".gz"]);
        }
        await File.WriteAllTextAsync(layout.PreviewStamp, DateTime.UtcNow.Ticks.ToString());
        return true;
    }
}
