using Kennisplatform.Contracts;
using Kennisplatform.Search;

namespace Kennisplatform.Host;

/// <summary>
/// One published build: its pages and its opened index. Requests lease it, so that every request is answered from a
/// single build; when a newer build replaces it, it is disposed after the last request using it ends.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly IndexOpener _search;
    private readonly IndexOpener _restrictedSearch;
    private readonly Lazy<RedirectTable> _redirects;
    private readonly Lazy<CanonicalAddresses> _addresses;
    private readonly Lazy<string?> _baseUrl;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _leases;
    private int _retired;

    /// <summary>
    /// Opens nothing yet; the index is opened on first search. <paramref name="searchCopy"/>, when given, is a
    /// one-segment copy of the build's public index (<see cref="SearchIndexCopies"/>) searched in its place.
    /// </summary>
    public SiteSnapshot(string root, ILogger log, string? searchCopy = null)
    {
        Root = root;
        Layout = new BuildLayout(root);
        SearchCopy = searchCopy;
        var index = searchCopy ?? Layout.Index;
        _search = new IndexOpener(() => new SearchService(Layout.Index, [index]), log, index);
        _restrictedSearch = new IndexOpener(() => new SearchService(Layout.Index, [index, Layout.RestrictedIndex]), log,
            index + " + " + Layout.RestrictedIndex);
        _redirects = new Lazy<RedirectTable>(() => RedirectTable.Load(root), LazyThreadSafetyMode.ExecutionAndPublication);
        _addresses = new Lazy<CanonicalAddresses>(() => CanonicalAddresses.Load(root), LazyThreadSafetyMode.ExecutionAndPublication);
        _baseUrl = new Lazy<string?>(() => ReadBaseUrl(Layout.BaseUrl), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The build folder (the target of the site link).</summary>
    public string Root { get; }

    /// <summary>The one-segment copy of the public index searched instead of it, or null for the index as published.</summary>
    public string? SearchCopy { get; }

    /// <summary>The folders and files of the build.</summary>
    public BuildLayout Layout { get; }

    /// <summary>Files a web server may serve as they are.</summary>
    public string Public => Layout.Public;

    /// <summary>The public search index of this build, or null when it cannot be opened.</summary>
    public SearchService? Search => _search.Value;

    /// <summary>The public and the closed index searched as one, for covenant partners only.</summary>
    public SearchService? RestrictedSearch => _restrictedSearch.Value;

    /// <summary>The pages of the closed part (outside <see cref="Public"/>, served only after authorisation).</summary>
    public string RestrictedPages => Layout.RestrictedPages;

    /// <summary>The old paths of this build and where they moved.</summary>
    public RedirectTable Redirects => _redirects.Value;

    /// <summary>The public addresses of this build, for sending case variants to the real address.</summary>
    public CanonicalAddresses Addresses => _addresses.Value;

    /// <summary>
    /// The address the build made its absolute links with (no trailing slash), or null for a build that did not record
    /// one or recorded something that is no absolute http(s) address.
    /// </summary>
    public string? BaseUrl => _baseUrl.Value;

    private static string? ReadBaseUrl(string file)
    {
        if (!File.Exists(file)) return null;
        var text = File.ReadAllText(file).Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? text.TrimEnd('/')
            : null;
    }

    /// <summary>Completes when the snapshot was retired and its last request ended, and its indexes are closed.</summary>
    internal Task Closed => _closed.Task;

    /// <summary>Takes a lease; false when the snapshot was already retired and released.</summary>
    internal bool TryLease()
    {
        while (true)
        {
            var leases = Volatile.Read(ref _leases);
            if (leases < 0) return false;
            if (Interlocked.CompareExchange(ref _leases, leases + 1, leases) == leases) return true;
        }
    }

    /// <summary>Ends a lease; the last lease of a retired snapshot disposes it.</summary>
    internal void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0 && Volatile.Read(ref _retired) == 1) Close();
    }

    /// <summary>Marks the snapshot as replaced; it closes when no request uses it.</summary>
    internal void Retire()
    {
        Interlocked.Exchange(ref _retired, 1);
        if (Volatile.Read(ref _leases) == 0) Close();
    }

    private void Close()
    {
        // -1 makes later TryLease calls fail, so nobody uses a closed index.
        if (Interlocked.CompareExchange(ref _leases, -1, 0) != 0) return;
        _search.Dispose();
        _restrictedSearch.Dispose();
        _closed.TrySetResult();
    }
}
