using System.Diagnostics;
using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Pages;
using Kennisplatform.Pages.Artifacts;
using Kennisplatform.Search;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Build;

/// <summary>
/// Where a build reads and writes; <paramref name="BaseUrl"/> is the address the site is served from (canonical URLs,
/// feeds, sitemap); <paramref name="WordList"/> overrides the system Dutch word list; <paramref name="IndexPartSize"/> is
/// the average number of documents per index part (see <see cref="SearchIndexWriter.Parts"/>); <paramref name="UseCache"/>
/// keeps and reuses results in <paramref name="CacheFolder"/> (default <c>&lt;output&gt;.cache</c>, see <see cref="BuildCache"/>);
/// <paramref name="CodeVersion"/> stands in for the identity of the code and theme in the cache's fingerprint;
/// <paramref name="PreviousSite"/> is the built site (or its <c>adressen.json</c>) whose addresses must all still
/// exist — by default the site published at <paramref name="OutputFolder"/>.
/// </summary>
public sealed record BuildOptions(
    string ContentFolder,
    string OutputFolder,
    IReadOnlyCollection<string>? WordList = null,
    string BaseUrl = SiteSettings.DefaultBaseUrl,
    int IndexPartSize = SearchIndexWriter.DefaultPartSize,
    bool UseCache = true,
    string? CacheFolder = null,
    string? CodeVersion = null,
    string? PreviousSite = null);

/// <summary>
/// The build pipeline: check (load, validate, render Markdown, check links) → index → related pages → render pages → publish.
/// Each step takes the previous step's data; only the first and the last touch the disk.
/// </summary>
public sealed class SiteBuilder
{
    private const int BatchSize = 64;
    private readonly SiteChecker _checker = new();

    /// <summary>The last successful build of this builder (for the preview's fast path).</summary>
    public BuildState? LastBuild { get; private set; }
    private readonly ThemeRenderer _theme = new();

    /// <summary>
    /// Runs a build; on any error nothing is published and the previous site stays as it was. With the cache, a build
    /// whose whole input is unchanged and still published does nothing, and unchanged index parts and compressed files
    /// are reused; when a build with the cache fails, the cache is cleared and the build runs once more from nothing.
    /// </summary>
    public async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancel = default)
    {
        if (!options.UseCache) return await BuildOnceAsync(options, null, null, cancel);
        var clock = Stopwatch.StartNew();
        var cache = new BuildCache(options.CacheFolder ?? BuildCache.DefaultFolder(options.OutputFolder));
        var fingerprint = BuildCache.Fingerprint(options);
        if (cache.ReadManifest() is { } last && last.Fingerprint == fingerprint && BuildCache.IsPublished(last, options.OutputFolder))
        {
            return new BuildReport(true, [], last.PageCount, last.IndexedCount, [("unchanged", clock.Elapsed)]) { Cache = "unchanged" };
        }
        try
        {
            return await BuildOnceAsync(options, cache, fingerprint, cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Built again into the emptied cache: a clean build, and the next one can use the cache again.
            cache.Clear();
            var clean = await BuildOnceAsync(options, cache, fingerprint, cancel);
            return clean with { Cache = $"cleared after {e.GetType().Name}; clean build" };
        }
    }

    private async Task<BuildReport> BuildOnceAsync(BuildOptions options, BuildCache? cache, string? fingerprint, CancellationToken cancel)
    {
        var phases = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed));
            clock.Restart();
        }

        var checkedContent = _checker.Check(options.ContentFolder, AddressManifest.Read(options.PreviousSite ?? options.OutputFolder));
        var diagnostics = checkedContent.Diagnostics;
        var content = checkedContent.Content;
        phases.Add(("load", checkedContent.LoadTime));
        phases.Add(("parse", checkedContent.ParseTime));
        clock.Restart();
        if (checkedContent.HasErrors) return BuildReport.Failed(diagnostics, phases);
        var rendered = checkedContent.Rendered;

        // The closed part is never part of the public site, its listings or its index.
        var publicDocuments = rendered.Where(r => !r.Document.IsRestricted).ToList();
        var site = new Site(publicDocuments.Select(r => r.Document));
        var staging = SitePublisher.CreateStaging(options.OutputFolder);
        var layout = new BuildLayout(staging);
        try
        {
            var indexFolder = layout.Index;
            var (index, resources) = WriteIndex(options, site, publicDocuments, indexFolder, cache);
            Phase("index");

            // "Zie ook" comes from the index just written, so it is computed before the pages are rendered.
            var related = RelatedItems(site, indexFolder);
            Phase("related");
            var publicFolder = layout.Public;
            var settings = new SiteSettings(options.BaseUrl);
            var pages = SitePageSet.Create(site, publicDocuments, d => related.GetValueOrDefault(d.Url, []), settings);
            await RenderPagesAsync(pages, publicFolder, cancel);
            CopyAssets(content, publicFolder);
            WriteFiles(publicFolder, SiteArtifacts.Public(site, settings));
            WriteFiles(staging, [RedirectPages.TableJson(site), AddressManifest.File(site)]);
            Phase("render");

            await BuildRestrictedAsync(rendered, layout, resources, settings, cancel);
            Phase("restricted");

            var compressed = PrecompressedFiles.Write(publicFolder, cache?.Compressed)
                .Concat(PrecompressedFiles.Write(layout.RestrictedPages, cache?.Compressed)).ToList();
            Phase("compress");

            SitePublisher.Publish(staging, options.OutputFolder);
            // A build with diagnostics is never skipped as unchanged: its warnings must be shown again.
            cache?.Complete(new BuildManifest(diagnostics.Count == 0 ? fingerprint! : "", Path.GetFileName(staging), pages.Count, publicDocuments.Count),
                index.PartKeys, compressed);
            Phase("write");
            LastBuild = new BuildState(options, staging, rendered, related, content.Assets);
            var use = cache is null ? "off" : $"{index.Reused} of {index.Parts} index parts and {compressed.Count} compressed files from the cache or kept for the next build";
            return new BuildReport(true, diagnostics, pages.Count, publicDocuments.Count, phases) { Cache = use };
        }
        catch
        {
            SitePublisher.Discard(staging);
            throw;
        }
    }

    /// <summary>
    /// The public index. Not inline in the async build: a local there lives as long as the whole build, and the index
    /// documents (a second copy of every page's text) are needed only here.
    /// </summary>
    private static (IndexWriteResult Index, SearchResources Resources) WriteIndex(BuildOptions options, Site site,
        IReadOnlyList<RenderedDocument> publicDocuments, string indexFolder, BuildCache? cache)
    {
        var indexed = publicDocuments.Select(r => IndexDocumentFactory.From(r, site)).ToList();
        var wordList = options.WordList ?? CompoundDictionary.ReadSystemWordList().ToList();
        var resources = SearchResourcesFactory.Create(site, indexed, wordList);
        return (SearchIndexWriter.Write(indexFolder, indexed, resources, options.IndexPartSize, cache?.IndexParts), resources);
    }

    /// <summary>
    /// The closed part, apart from the public site: its pages, and an index of the closed documents only, written with
    /// the public index's resources so that covenant partners search both as one. Nothing here is under <c>public/</c>.
    /// </summary>
    private async Task BuildRestrictedAsync(IReadOnlyList<RenderedDocument> rendered, BuildLayout layout, SearchResources resources,
        SiteSettings settings, CancellationToken cancel)
    {
        var everything = new Site(rendered.Select(r => r.Document));
        var restricted = rendered.Where(r => r.Document.IsRestricted).ToList();
        SearchIndexWriter.Write(layout.RestrictedIndex, restricted.Select(r => IndexDocumentFactory.From(r, everything)).ToList(), resources);
        await RenderPagesAsync(RestrictedPageSet.Create(everything, restricted, settings), layout.RestrictedPages, cancel);
    }

    private static Dictionary<string, IReadOnlyList<ListingItem>> RelatedItems(Site site, string indexFolder)
    {
        using var search = new SearchService(indexFolder);
        var related = RelatedPages.FromIndex(search.Searcher.IndexReader, search.Analyzer);
        var documents = site.Documents.Where(d => d.Type != DocumentType.Pagina).ToList();
        // Each page's list on its own, on all cores, into its own slot: the result does not depend on the scheduling.
        var lists = new IReadOnlyList<ListingItem>[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            // Twice the list's length: a theme or region page leaves out what its own lists already show.
            lists[i] = related.For(documents[i].Url, RelatedThemes(documents[i], site), 2 * DocumentPageBuilder.SeeAlsoLength)
                // News is of its day: "Zie ook" points to lasting pages, and a page's news is shown on theme and region pages.
                .Select(site.ByUrl).OfType<Document>().Where(d => d.Type != DocumentType.Nieuws).Select(Presentation.Item).ToList();
        });
        var result = new Dictionary<string, IReadOnlyList<ListingItem>>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++) result[documents[i].Url] = lists[i];
        return result;
    }

    /// <summary>A page's own themes and the themes related to those (for a theme page: itself and its related themes).</summary>
    private static IReadOnlyCollection<string> RelatedThemes(Document document, Site site)
    {
        var own = document.Type == DocumentType.Thema ? [document.Slug] : document.Themes;
        return own.Concat(own.SelectMany(t => site.BySlug(DocumentType.Thema, t)?.List("related") ?? []))
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task RenderPagesAsync(IReadOnlyList<OutputPage> pages, string publicFolder, CancellationToken cancel)
    {
        var batches = pages.Chunk(BatchSize).ToList();
        await Parallel.ForEachAsync(batches, cancel, async (batch, _) =>
        {
            var html = await _theme.RenderBatchAsync(batch.Select(p => p.Request).ToList());
            for (var i = 0; i < batch.Length; i++)
            {
                var file = Path.Combine(publicFolder, batch[i].FilePath);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllTextAsync(file, html[i], CancellationToken.None);
            }
        });
    }

    private static void WriteFiles(string folder, IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            var target = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }
    }

    private static void CopyAssets(ContentSet content, string publicFolder)
    {
        foreach (var asset in content.Assets)
        {
            var target = Path.Combine(publicFolder, asset);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(content.Root, asset), target);
        }
        foreach (var asset in ThemeAssets.Files)
        {
            var target = Path.Combine(publicFolder, asset.Url.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, asset.Content);
        }
    }
}
