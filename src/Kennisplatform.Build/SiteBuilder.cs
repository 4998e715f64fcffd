using System.Diagnostics;
using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Search;
using Kennisplatform.Theme;

namespace Kennisplatform.Build;

/// <summary>Where a build reads and writes.</summary>
public sealed record BuildOptions(string ContentFolder, string OutputFolder);

/// <summary>
/// The build pipeline: load → validate → render Markdown → check links → render pages → index → publish.
/// Each step takes the previous step's data; only the first and the last touch the disk.
/// </summary>
public sealed class SiteBuilder
{
    private const int BatchSize = 64;
    private readonly MarkdownRenderer _markdown = new();
    private readonly ThemeRenderer _theme = new();

    /// <summary>Runs a build; on any error nothing is published and the previous site stays as it was.</summary>
    public async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancel = default)
    {
        var phases = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed));
            clock.Restart();
        }

        var content = ContentLoader.Load(options.ContentFolder);
        Phase("load");
        var diagnostics = content.Diagnostics.ToList();
        if (content.HasErrors) return BuildReport.Failed(diagnostics, phases);

        var rendered = new RenderedDocument[content.Documents.Count];
        Parallel.For(0, rendered.Length, i => rendered[i] = new RenderedDocument(content.Documents[i], _markdown.Render(content.Documents[i].Body)));
        var restricted = rendered.Where(r => r.Document.IsRestricted).Select(r => r.Document.Url).ToHashSet(StringComparer.OrdinalIgnoreCase);
        diagnostics.AddRange(LinkChecker.Check(rendered, content.Assets, restricted));
        Phase("parse");
        if (diagnostics.Any(d => d.Severity == Severity.Error)) return BuildReport.Failed(diagnostics, phases);

        // The closed part is never part of the public site, its listings or its index.
        var publicDocuments = rendered.Where(r => !r.Document.IsRestricted).ToList();
        var site = new Site(publicDocuments.Select(r => r.Document));
        var staging = SitePublisher.CreateStaging(options.OutputFolder);
        try
        {
            var publicFolder = Path.Combine(staging, "public");
            var pages = SitePageSet.Create(site, publicDocuments, _ => []);
            await RenderPagesAsync(pages, publicFolder, cancel);
            CopyAssets(content, publicFolder);
            Phase("render");

            SearchIndexWriter.Write(Path.Combine(staging, "index"), publicDocuments.Select(r => IndexDocuments.From(r, site)));
            Phase("index");

            SitePublisher.Publish(staging, options.OutputFolder);
            Phase("write");
            return new BuildReport(true, diagnostics, pages.Count, publicDocuments.Count, phases);
        }
        catch
        {
            SitePublisher.Discard(staging);
            throw;
        }
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
