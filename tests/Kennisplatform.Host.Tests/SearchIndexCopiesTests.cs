using Kennisplatform.Search;
using Kennisplatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kennisplatform.Host.Tests;

/// <summary>The host's one-segment copies of a published index: made once, shared, checked, bounded, never in the way.</summary>
public sealed class SearchIndexCopiesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SearchIndexCopies Copies(string? folder = null) => new(folder ?? _temp["copies"], NullLogger<SearchIndexCopies>.Instance);

    private static Dictionary<string, DateTime> Files(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);

    [Fact]
    public void A_copy_is_made_once_and_another_host_sharing_the_folder_uses_it_as_it_is()
    {
        var index = _temp["index"];
        SegmentedIndex.Write(index);

        var copy = Copies().Prepare(index, () => true);
        Assert.NotNull(copy);
        Assert.Equal(1, SingleSegmentCopy.Segments(copy));
        var written = Files(copy);

        var again = Copies().Prepare(index, () => true);

        Assert.Equal(copy, again);
        Assert.Equal(written, Files(again!));
        Assert.Equal([copy], Directory.GetDirectories(_temp["copies"]));
    }

    [Fact]
    public void The_log_names_the_copy_searched_whether_it_was_made_or_found()
    {
        var index = _temp["index"];
        SegmentedIndex.Write(index);
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var logs = new CollectingLoggerProvider(lines);
        SearchIndexCopies Logged() => new(_temp["copies"], new Microsoft.Extensions.Logging.Logger<SearchIndexCopies>(
            new Microsoft.Extensions.Logging.LoggerFactory([logs])));

        var made = Logged().Prepare(index, () => true);
        var found = Logged().Prepare(index, () => true);

        Assert.NotNull(made);
        Assert.Equal(made, found);
        var line = $"{typeof(SearchIndexCopies).FullName}: Searching a one-segment copy of {index}: {made}";
        Assert.Equal([line, line], lines);
    }

    [Fact]
    public void A_damaged_copy_is_written_again()
    {
        var index = _temp["index"];
        SegmentedIndex.Write(index);
        var copy = Copies().Prepare(index, () => true)!;
        var postings = Directory.GetFiles(copy, "*.doc").Single();
        File.WriteAllBytes(postings, File.ReadAllBytes(postings)[..^100]);

        var again = Copies().Prepare(index, () => true);

        Assert.Equal(copy, again);
        Assert.True(SingleSegmentCopy.Verify(index, copy));
    }

    [Fact]
    public void No_copy_when_the_folder_cannot_be_written_the_index_has_one_segment_or_a_newer_build_came_first()
    {
        var index = _temp["index"];
        SegmentedIndex.Write(index);
        File.WriteAllText(_temp["file"], "");
        var single = _temp["single"];
        SingleSegmentCopy.Write(index, single);

        Assert.Null(Copies(Path.Combine(_temp["file"], "copies")).Prepare(index, () => true));
        Assert.Null(Copies().Prepare(single, () => true));
        Assert.Null(Copies().Prepare(index, () => false));
        Assert.Null(new SearchIndexCopies(null, NullLogger<SearchIndexCopies>.Instance).Prepare(index, () => true));
        Assert.False(Directory.Exists(_temp["copies"]) && Directory.EnumerateFileSystemEntries(_temp["copies"]).Any());
    }

    [Fact]
    public void Only_the_newest_copies_are_kept()
    {
        var copies = Copies();
        var made = new List<string>();
        for (var i = 0; i < SearchIndexCopies.Kept + 2; i++)
        {
            var index = _temp[$"index{i}"];
            SegmentedIndex.Write(index, pages: 60 + i);
            made.Add(copies.Prepare(index, () => true)!);
        }

        Assert.Equal(made.TakeLast(SearchIndexCopies.Kept).Order(), Directory.GetDirectories(_temp["copies"]).Order());
    }

    [Fact]
    public async Task The_host_searches_the_copy_once_it_is_made_and_answers_as_from_the_published_index()
    {
        var site = _temp["_site"];
        Directory.CreateDirectory(Path.Combine(site, "public"));
        File.WriteAllText(Path.Combine(site, "public", "index.html"), "<h1>Kennisplatform</h1>");
        Assert.True(SegmentedIndex.Write(Path.Combine(site, "index")) > 1);
        WebApplicationFactory<Program> Host(bool copies) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Site:Path", site);
            b.UseSetting("Zoeken:Burst", "100000");
            b.UseSetting("Zoeken:SingleSegment", copies ? "true" : "false");
            b.UseSetting("Zoeken:ResponseCacheBytes", "0");
            b.UseContentRoot(_temp.Path);
        });
        await using var published = Host(copies: false);
        await using var copied = Host(copies: true);
        var state = copied.Services.GetRequiredService<SiteState>();
        var client = copied.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        string? copy;
        while (true)
        {
            using (var lease = state.Acquire()) copy = lease.Snapshot.SearchCopy;
            if (copy is not null || DateTime.UtcNow > deadline) break;
            await Task.Delay(50);
        }

        Assert.Equal(Path.Combine(site + ".zoekindex", SingleSegmentCopy.Key(Path.Combine(site, "index"))), copy);
        foreach (var query in SegmentedIndex.Queries)
        {
            var path = "/api/zoeken?q=" + Uri.EscapeDataString(query);
            var expected = await published.CreateClient().GetStringAsync(path);
            Assert.Contains("\"url\"", expected, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(expected, await client.GetStringAsync(path));
            Assert.Equal(await published.CreateClient().GetStringAsync("/zoeken?q=" + Uri.EscapeDataString(query)),
                await client.GetStringAsync("/zoeken?q=" + Uri.EscapeDataString(query)));
        }
        using (var lease = published.Services.GetRequiredService<SiteState>().Acquire()) Assert.Null(lease.Snapshot.SearchCopy);
    }
}
