using Kennisplatform.Content;

namespace Kennisplatform.Pages;

/// <summary>
/// Checks every internal link and image in content: the target page or file must exist, an anchor must be a
/// heading on that page, and an image needs alt text. Written here because it must know our URL scheme and
/// report the file and line in content, which a checker of finished HTML cannot.
/// </summary>
public static class LinkChecker
{
    /// <summary>
    /// Diagnostics for the links of all documents, or of those <paramref name="only"/> selects (all are targets);
    /// <paramref name="unread"/> are the paths of pages whose file has an error of its own, which links may still name.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(
        IReadOnlyList<RenderedDocument> documents,
        IReadOnlyCollection<string> assets,
        IReadOnlySet<string> restrictedUrls,
        Func<Document, bool>? only = null,
        IReadOnlyCollection<string>? unread = null)
    {
        // Two files may claim one URL while content still has errors (reported by the validator): the first counts here.
        // A page's anchors are looked up only for links with a fragment (few), not gathered for every page.
        var byUrl = documents.DistinctBy(r => r.Document.Url, StringComparer.OrdinalIgnoreCase).ToDictionary(
            r => r.Document.Url, r => r.Markdown, StringComparer.OrdinalIgnoreCase);
        var pages = byUrl.Keys.Concat(SiteUrls.Generated).Concat(unread ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = assets.Select(a => "/" + a).ToHashSet(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var idsOf = new Dictionary<Markdown.RenderedMarkdown, HashSet<string>>(ReferenceEqualityComparer.Instance);
        HashSet<string> Ids(Markdown.RenderedMarkdown page) => idsOf.TryGetValue(page, out var ids) ? ids : idsOf[page] = AnchorsOf(page);

        foreach (var (document, markdown) in documents.Where(r => only?.Invoke(r.Document) ?? true))
        {
            foreach (var link in markdown.Links)
            {
                var line = document.FrontMatter.BodyLine + link.Line;
                void Error(string message) => diagnostics.Add(Diagnostic.Error(document.SourcePath, line, link.Column, message));

                if (link.IsImage && !link.HasAltText) Error($"image '{link.Url}' has no alt text: write ![description]({link.Url})");
                if (IsExternal(link.Url) || HasScheme(link.Url) || ExternalAddress.LooksLikeBareDomain(link.Url))
                {
                    if (ExternalAddress.Problem(link.Url) is { } problem) Error(problem);
                    continue;
                }

                var (path, fragment) = Split(link.Url);
                var target = path.Length == 0 ? document.Url : Resolve(document.Url, path);
                if (path.Length > 0 && Path.HasExtension(target.TrimEnd('/')) && !target.EndsWith('/'))
                {
                    if (!files.Contains(target)) Error($"{(link.IsImage ? "image" : "file")} '{link.Url}' not found in content/");
                    continue;
                }
                target = ContentValidator.NormalizePath(target);
                if (restrictedUrls.Contains(target) && !document.IsRestricted)
                {
                    Error($"link to '{link.Url}', a page of the closed part: public pages may not link to it");
                    continue;
                }
                if (!pages.Contains(target))
                {
                    // A link written from a page's title ("/handreikingen/menukaart-damocles/") finds that page first.
                    var visible = documents.Select(r => r.Document).Where(d => document.IsRestricted || !d.IsRestricted);
                    var hint = ReferenceHint.Exact(target, visible) is { } titled ? $" — did you mean '{titled.Url}'?" : DidYouMean.Hint(target, pages);
                    Error($"broken link '{link.Url}': no page at {target}{hint}");
                    continue;
                }
                if (fragment.Length > 0 && byUrl.TryGetValue(target, out var page) && Ids(page) is var ids && !ids.Contains(fragment))
                {
                    Error($"broken anchor '#{fragment}' in link '{link.Url}': no heading with that id on {target}{DidYouMean.Hint(fragment, ids)}");
                }
            }
        }
        return diagnostics;
    }

    // The ids a link's fragment may name on a page: its headings' and the summary box's.
    private static HashSet<string> AnchorsOf(Markdown.RenderedMarkdown page) =>
        page.Headings.Select(h => h.Id).Append("kp-belangrijkste-punten").ToHashSet(StringComparer.Ordinal);

    // On Linux "/path" parses as an absolute file URI, so site paths are excluded explicitly.
    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) ||
        !url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme != Uri.UriSchemeFile;

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(url[0]);
    }

    private static (string Path, string Fragment) Split(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : "";
        var query = path.IndexOf('?');
        return (query >= 0 ? path[..query] : path, fragment);
    }

    private static string Resolve(string from, string path)
    {
        if (path.StartsWith('/')) return path;
        var parts = from.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != "." && part.Length > 0) parts.Add(part);
        }
        var resolved = "/" + string.Join('/', parts);
        return path.EndsWith('/') && !resolved.EndsWith('/') ? resolved + "/" : resolved;
    }
}
