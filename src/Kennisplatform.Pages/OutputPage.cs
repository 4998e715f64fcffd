using Kennisplatform.Theme;

namespace Kennisplatform.Pages;

/// <summary>A page to write: its file path under <c>public/</c> and the theme component that renders it.</summary>
public sealed record OutputPage(string FilePath, PageRequest Request)
{
    /// <summary>The output file for a site path: <c>/a/b/</c> → <c>a/b/index.html</c>.</summary>
    public static string FileFor(string url) => url == "/" ? "index.html" : url.Trim('/') + "/index.html";
}
