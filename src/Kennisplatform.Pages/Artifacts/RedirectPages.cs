using System.Net;
using System.Text;
using System.Text.Json;
using Kennisplatform.Content;
using Kennisplatform.Contracts;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>
/// Old paths (<c>aliases:</c>) keep working: the host answers them with 301 from <c>redirects.json</c>, and for plain
/// static hosting each old path also gets a small page that forwards to the new address.
/// </summary>
public static class RedirectPages
{
    /// <summary>Old path → new path, for every alias of every public document.</summary>
    public static IReadOnlyDictionary<string, string> Table(Site site) =>
        site.Documents
            .SelectMany(d => d.Aliases.Select(a => (From: ContentValidator.NormalizePath(a), To: d.Url)))
            .ToDictionary(x => x.From, x => x.To, StringComparer.Ordinal);

    /// <summary>The redirect table (for the build root).</summary>
    public static OutputFile TableJson(Site site) =>
        new(BuildLayout.RedirectsFile, JsonSerializer.SerializeToUtf8Bytes(Table(site), new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>One forwarding page per old path (for <c>public/</c>).</summary>
    public static IEnumerable<OutputFile> Pages(Site site, SiteSettings settings) =>
        Table(site).Select(kv => new OutputFile(FileFor(kv.Key), Encoding.UTF8.GetBytes(Page(settings.Absolute(kv.Value), site.ByUrl(kv.Value)!.Title))));

    private static string FileFor(string path) =>
        path.EndsWith('/') ? OutputPage.FileFor(path) : path.TrimStart('/');

    private static string Page(string target, string title)
    {
        var url = WebUtility.HtmlEncode(target);
        var name = WebUtility.HtmlEncode(title);
        return $"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <title>Verhuisd: {name}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{url}">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
            <main>
            <h1>Deze pagina is verhuisd</h1>
            <p>U vindt <a href="{url}">{name}</a> op een nieuw adres.</p>
            </main>
            </body>
            </html>
            """;
    }
}
