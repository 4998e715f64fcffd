using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Kennisplatform.Host;

/// <summary>
/// Serves the files of the leased build. Written on <see cref="TypedResults.PhysicalFile"/> (which handles
/// conditional requests, HEAD and ranges) instead of the static-files middleware, because the folder to serve is
/// chosen per request: the build the request leased.
/// </summary>
public static class StaticSite
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    /// <summary>Answers a GET or HEAD for any path that no other route took.</summary>
    public static async Task<IResult> ServeAsync(HttpContext context, SiteLease lease, PreviewReload preview)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }
        var path = context.Request.Path.Value ?? "/";
        if (lease.Snapshot.Redirects.Target(path) is { } moved)
        {
            return Results.Redirect(moved + context.Request.QueryString, permanent: true);
        }
        if (lease.Snapshot.Addresses.For(path) is { } canonical && !File.Exists(Path.Combine(lease.Snapshot.Public, path.TrimStart('/'))))
        {
            return Results.Redirect(canonical + context.Request.QueryString, permanent: true);
        }
        if (path.StartsWith("/data/", StringComparison.Ordinal))
        {
            // The JSON lists are meant to be read by regions' own sites; nothing else is shared cross-origin.
            context.Response.Headers.AccessControlAllowOrigin = "*";
        }
        return await ServeFileAsync(context, lease, lease.Snapshot.Public, preview, CacheControl);
    }

    /// <summary>
    /// The file for the request path under <paramref name="root"/>: a folder gets its index.html (after a redirect
    /// that adds the trailing slash), a missing file the 404 page of the public site.
    /// </summary>
    public static async Task<IResult> ServeFileAsync(HttpContext context, SiteLease lease, string root, PreviewReload preview,
        Func<string, string, string>? cacheControl)
    {
        var path = context.Request.Path.Value ?? "/";
        var notFoundRoot = lease.Snapshot.Public;
        var full = Resolve(root, path);
        if (full is null) return await NotFoundAsync(notFoundRoot, preview);
        if (Directory.Exists(full))
        {
            // One leading slash: "//themas" must not become "//themas/", which a browser reads as another host.
            if (!path.EndsWith('/')) return Results.Redirect("/" + path.TrimStart('/') + "/" + context.Request.QueryString, permanent: true);
            full = Path.Combine(full, "index.html");
        }
        if (!File.Exists(full)) return await NotFoundAsync(notFoundRoot, preview);

        if (!ContentTypes.TryGetContentType(full, out var contentType)) contentType = "application/octet-stream";
        if (cacheControl is not null) context.Response.Headers.CacheControl = cacheControl(path, contentType);
        if (preview.Enabled && contentType == "text/html")
        {
            return Results.Content(preview.Inject(await File.ReadAllTextAsync(full, context.RequestAborted)), "text/html; charset=utf-8");
        }
        var (file, encoding) = Precompressed(context, full);
        if (encoding is not null) context.Response.Headers.ContentEncoding = encoding;
        context.Response.Headers.Vary = "Accept-Encoding";
        var info = new FileInfo(file);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}{(encoding is null ? "" : "-" + encoding)}\"");
        return TypedResults.PhysicalFile(file, ContentTypeWithCharset(contentType), lastModified: info.LastWriteTimeUtc, entityTag: etag);
    }

    /// <summary>The Brotli or gzip file written at build time, when the client accepts it; else the file itself.</summary>
    private static (string File, string? Encoding) Precompressed(HttpContext context, string full)
    {
        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        if (Accepts(accepted, "br") && File.Exists(full + ".br")) return (full + ".br", "br");
        if (Accepts(accepted, "gzip") && File.Exists(full + ".gz")) return (full + ".gz", "gzip");
        return (full, null);
    }

    private static bool Accepts(string header, string coding) =>
        header.Split(',').Select(p => p.Split(';')).Any(p =>
            p[0].Trim().Equals(coding, StringComparison.OrdinalIgnoreCase) && !p.Skip(1).Any(q => q.Trim().Replace(" ", "") is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"));

    /// <summary>The 404 page of the build, with status 404.</summary>
    public static async Task<IResult> NotFoundAsync(string root, PreviewReload preview)
    {
        var page = Path.Combine(root, "404.html");
        var html = File.Exists(page) ? await File.ReadAllTextAsync(page) : "<!DOCTYPE html><html lang=\"nl\"><title>Pagina niet gevonden</title><h1>Pagina niet gevonden</h1></html>";
        return Results.Content(preview.Enabled ? preview.Inject(html) : html, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>The file or folder under <paramref name="root"/> for a request path, or null when it would leave the root.</summary>
    public static string? Resolve(string root, string path)
    {
        if (path.Contains('\0') || path.Contains('\\') || path.Split('/').Any(s => s is ".." or ".")) return null;
        var rootFull = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(rootFull, path.TrimStart('/')));
        return full == rootFull || full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    // Fingerprinted theme assets never change under their name; pages change with every build.
    private static string CacheControl(string path, string contentType) =>
        path.StartsWith("/assets/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable"
        : contentType == "text/html" ? "public, max-age=60, must-revalidate"
        : "public, max-age=3600";

    private static string ContentTypeWithCharset(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal) || contentType is "application/json" or "application/xml" or "application/atom+xml" or "image/svg+xml"
            ? contentType + "; charset=utf-8"
            : contentType;

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".atom"] = "application/atom+xml";
        return types;
    }
}
