using Kennisplatform.Content;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Pages;

/// <summary>
/// A page to write: its file path under <c>public/</c> and the theme component that renders it. A document's page is
/// made when first asked for (<see cref="Request"/>), and says what it is made from besides the site: its
/// <see cref="Source"/> document's file and its <see cref="Related"/> list; a build that has its rendered HTML under a
/// key of those inputs never makes the model.
/// </summary>
public sealed class OutputPage
{
    private readonly Lazy<PageRequest> _request;

    /// <summary>A page whose model is made already.</summary>
    public OutputPage(string filePath, PageRequest request) : this(filePath, () => request)
    {
    }

    /// <summary>A page whose model <paramref name="request"/> makes when first asked for.</summary>
    public OutputPage(string filePath, Func<PageRequest> request, Document? source = null, IReadOnlyList<ListingItem>? related = null)
    {
        FilePath = filePath;
        _request = new Lazy<PageRequest>(request);
        Source = source;
        Related = related ?? [];
    }

    /// <summary>The output file, relative to <c>public/</c>.</summary>
    public string FilePath { get; }

    /// <summary>The component and its model.</summary>
    public PageRequest Request => _request.Value;

    /// <summary>The document whose file (front matter and rendered body) the page shows, if any.</summary>
    public Document? Source { get; }

    /// <summary>The page's "Zie ook" list, as given to its model.</summary>
    public IReadOnlyList<ListingItem> Related { get; }

    /// <summary>The output file for a site path: <c>/a/b/</c> → <c>a/b/index.html</c>.</summary>
    public static string FileFor(string url) => url == "/" ? "index.html" : url.Trim('/') + "/index.html";
}
