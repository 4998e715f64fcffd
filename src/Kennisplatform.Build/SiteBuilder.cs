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
    WordList? WordList = null,
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
    private readonly ContentCompiler _compiler = new();
    private SystemWordList? _systemWords;

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
        if (!options.UseCache) return await BuildOnceAsync(options, options.WordList ?? SystemWords(null), null, null, null, cancel);
        var clock = Stopwatch.StartNew();
        var cache = new BuildCache(options.CacheFolder ?? BuildCache.DefaultFolder(options.OutputFolder));
        var words = options.WordList ?? SystemWords(cache);
        // Each content file read at most once: for the fingerprint, and handed to the loader (none when its stamp holds).
        var files = ContentFiles.Scan(options.ContentFolder, cache.Folder);
        var fingerprint = BuildCache.Fingerprint(options, words, files);
        if (cache.ReadManifest() is { } last && last.Fingerprint == fingerprint && BuildCache.IsPublished(last, options.OutputFolder))
        {
            return new BuildReport(true, [], last.PageCount, last.IndexedCount, [("unchanged", clock.Elapsed)]) { Cache = "unchanged" };
        }
        try
        {
            return await BuildOnceAsync(options, words, cache, files, fingerprint, cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Built again into the emptied cache: a clean build, and the next one can use the cache again.
            cache.Clear();
            var clean = await BuildOnceAsync(options, words, cache, files, fingerprint, cancel);
            return clean with { Cache = $"cleared after {e.GetType().Name}; clean build" };
        }
    }

    private async Task<BuildReport> BuildOnceAsync(BuildOptions options, WordList words, BuildCache? cache, ContentFiles? files, string? fingerprint,
        CancellationToken cancel)
    {
        var phases = new List<(string, TimeSpan)>();
        var processorTimes = new List<(string, TimeSpan)>();
        var allocations = new List<(string, long)>();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var memory = new PhaseMemory();
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed));
            clock.Restart();
            Processor(name);
        }
        // The processor time of all threads since the last phase: on a shared machine, a fairer measure than wall time.
        void Processor(string name)
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            processorTimes.Add((name, now - processor));
            processor = now;
            var bytes = GC.GetTotalAllocatedBytes();
            allocations.Add((name, bytes - allocated));
            allocated = bytes;
        }

        var codeVersion = options.CodeVersion ?? BuildCache.CodeVersion();
        var renderer = new PageRenderer(_theme, cache?.Pages, codeVersion);
        // A build with the cache renders few pages: the theme is made ready beside the check, not after the index.
        var themeReady = cache is null ? Task.CompletedTask : renderer.WarmUpAsync();
        using var contentCache = cache is null ? null : new ContentCache(cache.Content, codeVersion);
        // The folder this build writes into is made ready beside the check (after a cold build: a copy of the published one).
        var next = cache is null ? null : NextBuildFolder.Prepare(cache, options.OutputFolder);
        CompiledContent checkedContent;
        try
        {
            checkedContent = _compiler.Compile(options.ContentFolder, AddressManifest.ReadFile(options.PreviousSite ?? options.OutputFolder), contentCache, files);
        }
        catch
        {
            if (next is not null) await next.ReleaseAsync();
            throw;
        }
        var diagnostics = checkedContent.Diagnostics;
        // Only these of the content set are used after the check: the set itself holds every document's Markdown.
        var (contentRoot, assets, taxonomies) = (checkedContent.Content.Root, checkedContent.Content.Assets, checkedContent.Content.Taxonomies);
        phases.Add(("load", checkedContent.LoadTime));
        phases.Add(("parse", checkedContent.ParseTime));
        clock.Restart();
        Processor("check");
        if (checkedContent.HasErrors)
        {
            contentCache?.Complete(); // the files read so far need not be parsed again once the errors are mended
            if (next is not null) await next.ReleaseAsync();
            return BuildReport.Failed(diagnostics, phases);
        }
        // The Markdown has been rendered and checked: nothing after the check reads it, so the documents go on without it.
        IReadOnlyList<RenderedDocument> rendered = [.. checkedContent.Rendered.Select(r => r with { Document = r.Document.WithoutBody() })];
        var keepCommitted = contentCache is not null && contentCache.Parsed <= rendered.Count / 4;
        memory.Release(keepCommitted);

        // The closed part is never part of the public site, its listings or its index.
        var publicDocuments = rendered.Where(r => !r.Document.IsRestricted).ToList();
        var site = new Site(publicDocuments.Select(r => r.Document), taxonomies);
        // With the cache, the build before the published one (or a copy of the published one) is brought up to date in
        // place: only changed files are written.
        var staging = next?.Folder ?? SitePublisher.CreateStaging(options.OutputFolder);
        var output = next is null ? new SiteOutput(staging) : new SiteOutput(staging, next.Files);
        var layout = new BuildLayout(staging);
        File.Delete(layout.PreviewStamp); // the preview's mark on a build folder taken up again
        var compressor = new PrecompressedFiles(cache?.Compressed);
        try
        {
            // "Zie ook" comes from the terms of the index parts, so its lists are made before the pages are rendered, while
            // the index's segments are put together and its files placed (on the other core). The index is always finished, or has
            // failed, before the build goes on or discards its folder.
            var signatures = new TaskCompletionSource<RelatedPages>(TaskCreationOptions.RunContinuationsAsynchronously);
            var indexing = Task.Run(() =>
            {
                try
                {
                    return WriteIndex(options, words, site, publicDocuments, output, cache, contentCache, memory, keepCommitted, signatures.SetResult);
                }
                finally
                {
                    signatures.TrySetCanceled(); // failed before "Zie ook" was ready: the index's own error is the one thrown
                }
            });
            Dictionary<string, IReadOnlyList<ListingItem>> related;
            var settings = new SiteSettings(options.BaseUrl);
            OutputMemo memo;
            string? siteKey;
            try
            {
                // Meanwhile, what the pages take from the site alone: the last build's memo of them and the site key.
                memo = cache is null ? OutputMemo.Empty() : OutputMemo.Read(cache.OutputMemo);
                siteKey = cache is null ? null : SiteKey.Of([.. publicDocuments.Select(r => r.Document)], taxonomies, settings, codeVersion, contentCache!.DocumentKeyOf);
                var relatedPages = await signatures.Task;
                Phase("index");
                related = RelatedItems(site, relatedPages);
            }
            finally
            {
                await indexing;
            }
            var (index, resources) = await indexing;
            Phase("related");
            // The index was the last to read the public pages' plain text, and their HTML is needed until their pages
            // are written: a page's text is let go as soon as nothing needs it (the closed pages keep theirs for their index).
            var indexedCount = publicDocuments.Count;
            publicDocuments = publicDocuments.Select(r => r.WithoutPlainText()).ToList();
            rendered = [.. rendered.Select(r => r.Document.IsRestricted ? r : r.WithoutText())];
            memory.Release(keepCommitted);
            // With the cache, pages and files are kept under the keys of their inputs (SiteKey, PageRenderer.InputKeyOf):
            // those whose inputs did not change are placed without their models being made.
            string? InputKey(OutputPage page) => siteKey is null || page.Source is not { } source || contentCache?.KeyOf(source) is not { } sourceKey
                ? null
                : PageRenderer.InputKeyOf(siteKey, page, sourceKey);
            // The closed part shares only the index's resources with the public pages: it is built beside them.
            var closedPart = Task.Run(() => BuildRestrictedAsync(rendered, site, output, renderer, resources, settings, cancel));
            int pageCount;
            try
            {
                await themeReady;
                var documentPages = SitePageSet.DocumentPages(site, publicDocuments, d => related.GetValueOrDefault(d.Url, []), settings);
                await renderer.RenderAsync(documentPages, output, BuildLayout.PublicFolder, cancel, memo, InputKey);
                pageCount = documentPages.Count + await renderer.RenderGroupAsync(SiteKey.For("site-pages", siteKey), memo,
                    () => SitePageSet.SitePages(site, publicDocuments, settings), output, BuildLayout.PublicFolder, cancel);
                memory.Release(keepCommitted);
                foreach (var file in Assets(contentRoot, assets))
                {
                    compressor.Write(output, Path.Combine(BuildLayout.PublicFolder, file.Path), file.Content);
                }
                compressor.WriteGroup(output, BuildLayout.PublicFolder, SiteKey.For("artifacts", siteKey), memo, () => SiteArtifacts.Public(site, settings));
                output.WriteGroup(SiteKey.For("site-files", siteKey), memo, () =>
                [
                    (BuildLayout.RedirectsFile, RedirectPages.TableJson(site).Content),
                    (BuildLayout.AddressesFile, AddressManifest.File(site).Content),
                    (BuildLayout.BaseUrlFile, System.Text.Encoding.UTF8.GetBytes(settings.BaseUrl)),
                ]);
                Phase("render");
            }
            finally
            {
                await closedPart; // the build goes on, or discards its folder, only once the closed part is written too
            }
            Phase("restricted");

            var record = output.Complete();
            SitePublisher.Publish(staging, options.OutputFolder);
            if (cache is not null)
            {
                // The cache's parts are each written whole or not at all and none reads another: side by side.
                var contentKept = Task.Run(contentCache!.Complete);
                var memoKept = Task.Run(() => memo.Write(cache.OutputMemo));
                try
                {
                    // A build with diagnostics is never skipped as unchanged: its warnings must be shown again.
                    cache.Complete(options.OutputFolder, new BuildManifest(diagnostics.Count == 0 ? fingerprint! : "", Path.GetFileName(staging), pageCount, indexedCount),
                        index.PartKeys, compressor.Used, renderer.Used, record);
                    NextBuildFolder.Ready(cache, options.OutputFolder);
                }
                finally
                {
                    await contentKept;
                    await memoKept;
                }
            }
            Phase("write");
            LastBuild = new BuildState(options, staging, rendered, related, assets) { Taxonomies = taxonomies };
            var use = cache is null
                ? "off"
                : $"{index.Reused} of {index.Parts} index parts from the cache{(index.TakenOver > 0 ? $" ({index.TakenOver} of them taken over for a new compound dictionary that splits their words as before)" : "")}, {renderer.Rendered} pages rendered, {output.Written} of {output.Count} files written, {contentCache!.Parsed} of {rendered.Count} content files parsed";
            return new BuildReport(true, diagnostics, pageCount, indexedCount, phases)
            {
                Cache = use, Rendered = renderer.Rendered, Parsed = contentCache?.Parsed ?? rendered.Count, Written = output.Written, Files = output.Count, ProcessorTimes = processorTimes, Allocations = allocations,
            };
        }
        catch
        {
            if (next is not null) await next.SettleAsync();
            SitePublisher.Discard(staging);
            throw;
        }
    }

    /// <summary>
    /// The public index. Not inline in the async build: a local there lives as long as the whole build, and the index
    /// documents (a second copy of every page's text) are needed only here.
    /// </summary>
    private static (IndexWriteResult Index, SearchResources Resources) WriteIndex(BuildOptions options, WordList wordList, Site site,
        IReadOnlyList<RenderedDocument> publicDocuments, SiteOutput output, BuildCache? cache, ContentCache? contentCache, PhaseMemory memory, bool keepCommitted,
        Action<RelatedPages> relatedReady)
    {
        // A document's index entry is made only for the parts that need it; its input key is its content key (its file,
        // the taxonomy table, the code) and what it takes from the rest of the site.
        var indexed = new IndexInput(publicDocuments.Select(r => r.Document.Url).ToList(), i => IndexDocumentFactory.From(publicDocuments[i], site),
            contentCache is null ? null : i => contentCache.KeyOf(publicDocuments[i].Document) is { } key
                ? key + " " + IndexDocumentFactory.SiteKey(publicDocuments[i].Document, site)
                : null);
        var candidates = new DocumentCompoundCandidates(indexed, publicDocuments, wordList, contentCache, cache?.CompoundCandidates);
        var resources = SearchResourcesFactory.Create(site, Compounds(indexed, publicDocuments, wordList, cache, contentCache, candidates));
        memory.Release(keepCommitted); // every document's words, made for the dictionary, before the parts are analysed
        var result = WriteIndex(output, BuildLayout.IndexFolder, indexed, resources, options.IndexPartSize, cache?.IndexParts, related: true,
            contentCache is null ? null : candidates.ForParts, relatedReady);
        return (result, resources);
    }

    /// <summary>
    /// The compound dictionary: the words of the public documents that the word list has, and as modifiers the words of
    /// the list inside them (<see cref="CompoundDictionary.Modifiers"/>). A document's words and candidates follow from
    /// its file: with the cache, only the edited files' text is searched for them, the counts of the last build
    /// (<see cref="CorpusWordCounts"/>) lose the words of the files it had and this one has not, and gain the new files',
    /// and only the words new to the content are looked up in the word list.
    /// </summary>
    private static CompoundDictionary Compounds(IndexInput indexed, IReadOnlyList<RenderedDocument> documents, WordList wordList,
        BuildCache? cache, ContentCache? contentCache, DocumentCompoundCandidates candidates)
    {
        IReadOnlyCollection<string> WordsOf(int i) =>
            contentCache?.Derived(documents[i].Document, "words", () => SearchResourcesFactory.CorpusWords(indexed[i])) ?? SearchResourcesFactory.CorpusWords(indexed[i]);
        IReadOnlyCollection<string> CandidatesOf(int i) => candidates.Of(i).All;
        // Every document's words (or candidates), made on all cores.
        IReadOnlyCollection<string>[] ForAll(Func<int, IReadOnlyCollection<string>> of)
        {
            var made = new IReadOnlyCollection<string>[indexed.Count];
            Parallel.For(0, indexed.Count, i => made[i] = of(i));
            return made;
        }
        var keys = contentCache is null ? [] : documents.Select(d => contentCache.KeyOf(d.Document)).ToList();
        if (cache is null || contentCache is null || keys.Any(k => k is null))
        {
            return CompoundDictionary.Build(wordList.Words, ForAll(WordsOf).SelectMany(w => w), ForAll(CandidatesOf).SelectMany(w => w));
        }
        var known = keys.OfType<string>().ToList();
        var counts = CorpusWordCounts.Read(cache.WordCounts)?.Update(known, WordsOf, key => contentCache.Kept(key, "words"));
        if (counts is null)
        {
            counts = CorpusWordCounts.Count(known, ForAll(WordsOf));
        }
        else
        {
            // The words of the files counted before are kept for the build that edits them.
            foreach (var rendered in documents) contentCache.Retain(rendered.Document, "words");
        }
        var inList = counts.InList(wordList);
        counts.Write(cache.WordCounts);
        // The candidates are counted the same way, for this word list.
        var candidateCounts = CorpusWordCounts.Read(cache.CandidateCounts(wordList.Key))?.Update(known, CandidatesOf, candidates.KeptAll)
            ?? CorpusWordCounts.Count(known, ForAll(CandidatesOf));
        candidateCounts.Write(cache.CandidateCounts(wordList.Key));
        return CompoundDictionary.FromListWords(inList, candidateCounts.Words);
    }

    /// <summary>
    /// Writes an index aside (its files are mostly hard links into the cache), then puts its files into the output
    /// under <paramref name="folder"/>, each under the key of its bytes, so that unchanged index files stay as they are.
    /// </summary>
    private static IndexWriteResult WriteIndex(SiteOutput output, string folder, IndexInput documents, SearchResources resources,
        int partSize = SearchIndexWriter.DefaultPartSize, string? partCache = null, bool related = false,
        DocumentCandidates? compoundCandidates = null, Action<RelatedPages>? relatedReady = null)
    {
        var aside = $"{output.Root}.index-{Guid.NewGuid():N}";
        try
        {
            var result = SearchIndexWriter.Write(aside, documents, resources, partSize, partCache, related, compoundCandidates, relatedReady);
            // A file taken from a cached group has the key of its bytes already; only the others are read and hashed.
            Parallel.ForEach(Directory.EnumerateFiles(aside), file =>
            {
                var name = Path.GetFileName(file);
                if (!result.FileKeys.TryGetValue(name, out var key))
                {
                    using var stream = File.OpenRead(file);
                    key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream));
                }
                output.Place(Path.Combine(folder, name), file, key);
            });
            return result;
        }
        finally
        {
            if (Directory.Exists(aside)) Directory.Delete(aside, recursive: true);
        }
    }

    /// <summary>
    /// The closed part, apart from the public site: its pages, and an index of the closed documents only, written with
    /// the public index's resources so that covenant partners search both as one. Nothing here is under <c>public/</c>.
    /// </summary>
    private static async Task BuildRestrictedAsync(IReadOnlyList<RenderedDocument> rendered, Site publicSite, SiteOutput output, PageRenderer renderer,
        SearchResources resources, SiteSettings settings, CancellationToken cancel)
    {
        var restricted = rendered.Where(r => r.Document.IsRestricted).ToList();
        // Without closed documents all documents are the public site's (the resources' taxonomies are its own): not
        // ordered into a second site again (a tenth of a second for the heavy corpus).
        var everything = restricted.Count == 0 ? publicSite : new Site(rendered.Select(r => r.Document), resources.Taxonomies);
        WriteIndex(output, Path.Combine(BuildLayout.RestrictedFolder, BuildLayout.IndexFolder),
            new IndexInput(restricted.Select(r => IndexDocumentFactory.From(r, everything)).ToList()), resources);
        await renderer.RenderAsync(RestrictedPageSet.Create(everything, restricted, settings), output,
            Path.Combine(BuildLayout.RestrictedFolder, BuildLayout.PagesFolder), cancel);
    }

    /// <summary>
    /// The system word list, read once for all builds of this builder (as long as the file stays as it was): the
    /// builds of <c>serve --watch</c> then skip reading and folding it. With the cache, a build takes the list's key
    /// from there (<see cref="WordListStamp"/>) and reads its words only when it needs them.
    /// </summary>
    private WordList SystemWords(BuildCache? cache)
    {
        var file = new FileInfo(CompoundDictionary.SystemWordList);
        var (written, length) = file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1L);
        if (_systemWords is not { } known || known.Written != written || known.Length != length)
        {
            var words = cache is null ? WordList.ReadSystem() : WordListStamp.Open(file.FullName, cache.WordListKey, DateTimeOffset.UtcNow);
            _systemWords = known = new SystemWordList(words, written, length);
        }
        return known.Words;
    }

    private sealed record SystemWordList(WordList Words, DateTime Written, long Length);

    private static Dictionary<string, IReadOnlyList<ListingItem>> RelatedItems(Site site, RelatedPages related)
    {
        var documents = site.Documents.Where(d => d.Type != DocumentType.Pagina).ToList();
        // Per theme, itself and the themes its page lists as related: read once, not for every page of the theme.
        var relatedOfTheme = site.OfType(DocumentType.Thema).ToDictionary(t => t.Slug, t => (IReadOnlyList<string>)[t.Slug, .. t.List("related")], StringComparer.Ordinal);
        // Each page's list on its own, on all cores, into its own slot: the result does not depend on the scheduling.
        var lists = new IReadOnlyList<ListingItem>[documents.Count];
        // A page is in many lists: its item is made once.
        var items = new System.Collections.Concurrent.ConcurrentDictionary<string, ListingItem?>(StringComparer.Ordinal);
        // News is of its day: "Zie ook" points to lasting pages, and a page's news is shown on theme and region pages.
        ListingItem? ItemOf(string url) => items.GetOrAdd(url, u => site.ByUrl(u) is { Type: not DocumentType.Nieuws } d ? Presentation.Item(d) : null);
        Parallel.For(0, documents.Count, i =>
        {
            // Twice the list's length: a theme or region page leaves out what its own lists already show.
            lists[i] = related.For(documents[i].Url, RelatedThemes(documents[i], relatedOfTheme), 2 * DocumentPageBuilder.SeeAlsoLength)
                .Select(ItemOf).OfType<ListingItem>().ToList();
        });
        var result = new Dictionary<string, IReadOnlyList<ListingItem>>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++) result[documents[i].Url] = lists[i];
        return result;
    }

    /// <summary>A page's own themes and the themes related to those (for a theme page: itself and its related themes).</summary>
    private static IReadOnlyCollection<string> RelatedThemes(Document document, IReadOnlyDictionary<string, IReadOnlyList<string>> relatedOfTheme)
    {
        IReadOnlyList<string> own = document.Type == DocumentType.Thema ? [document.Slug] : document.Themes;
        // Order and repetition do not matter to RelatedPages.For; a page of one theme (most) takes its theme's list as it is.
        if (own.Count == 1 && relatedOfTheme.TryGetValue(own[0], out var one)) return one;
        return [.. own, .. own.SelectMany(t => relatedOfTheme.GetValueOrDefault(t) ?? [])];
    }

    /// <summary>The content folder's own files (<paramref name="assets"/> under <paramref name="root"/>) and the theme's assets, paths relative to <c>public/</c>.</summary>
    private static IEnumerable<OutputFile> Assets(string root, IReadOnlyList<string> assets) =>
        assets.Select(a => new OutputFile(a, File.ReadAllBytes(Path.Combine(root, a))))
            .Concat(ThemeAssets.Files.Select(a => new OutputFile(a.Url.TrimStart('/'), a.Content)));
}
