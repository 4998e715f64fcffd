using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

public class NextBuildFolderTests
{
    private static readonly Dictionary<string, string> Record = new()
    {
        ["public/index.html"] = "a",
        ["public/thema/index.html"] = "b",
        ["index/segments_1"] = "c",
    };

    // A published build of Record's files (each file's text is its key) and its record in the cache.
    private static (string Output, BuildCache Cache, string Published) Published(TempFolder temp)
    {
        var output = temp["site/_site"];
        var cache = new BuildCache(BuildCache.DefaultFolder(output));
        var published = SitePublisher.CreateStaging(output);
        foreach (var (path, key) in Record) Fixtures.Write(published, path, key);
        SitePublisher.Publish(published, output);
        Assert.True(cache.KeepRecord(published, Record));
        return (output, cache, published);
    }

    // The folder holds every file of Record, and its Files say so.
    private static async Task AssertHoldsThePublishedFiles(NextBuildFolder next)
    {
        Assert.Equal(Record, await next.Files);
        foreach (var (path, key) in Record) Assert.Equal(key, File.ReadAllText(Path.Combine(next.Folder, path)));
    }

    [Fact]
    public async Task The_build_after_a_cold_one_gets_a_new_folder_holding_the_published_files()
    {
        using var temp = new TempFolder();
        var (output, cache, published) = Published(temp);

        var next = NextBuildFolder.Prepare(cache, output);

        Assert.NotEqual(published, next.Folder);
        await AssertHoldsThePublishedFiles(next);
    }

    [Fact]
    public async Task After_a_cold_build_the_next_folder_is_made_ready_and_taken_up_by_the_next_build()
    {
        using var temp = new TempFolder();
        var (output, cache, published) = Published(temp);

        NextBuildFolder.Ready(cache, output);
        var ready = Assert.Single(Directory.GetDirectories(SitePublisher.BuildsFolder(output)), f => f != published);
        NextBuildFolder.Ready(cache, output); // a kept folder is there: nothing more is made
        var next = NextBuildFolder.Prepare(cache, output);

        Assert.Equal(2, Directory.GetDirectories(SitePublisher.BuildsFolder(output)).Length);
        Assert.Equal(ready, next.Folder);
        await AssertHoldsThePublishedFiles(next);
    }

    [Fact]
    public async Task A_recorded_file_missing_from_the_published_build_leaves_the_new_folder_empty()
    {
        using var temp = new TempFolder();
        var (output, cache, published) = Published(temp);
        File.Delete(Path.Combine(published, "public/thema/index.html"));

        var next = NextBuildFolder.Prepare(cache, output);

        Assert.Null(await next.Files);
        Assert.Empty(Directory.EnumerateFileSystemEntries(next.Folder));
    }

    [Fact]
    public async Task A_build_that_stops_at_the_check_removes_its_new_folder_and_gives_a_kept_one_its_record_back()
    {
        using var temp = new TempFolder();
        var (output, cache, published) = Published(temp);
        var copy = NextBuildFolder.Prepare(cache, output);

        await copy.ReleaseAsync();

        Assert.Equal([published], Directory.GetDirectories(SitePublisher.BuildsFolder(output)));

        // A kept folder (here the copy, made again and then left by a build that failed after the check, as a published build's predecessor is).
        var again = NextBuildFolder.Prepare(cache, output);
        Assert.True(cache.KeepRecord(again.Folder, (await again.Files)!));
        var kept = NextBuildFolder.Prepare(cache, output);
        Assert.Equal(again.Folder, kept.Folder);
        Assert.Equal(Record, await kept.Files);
        Assert.Null(cache.ReadRecord(kept.Folder)); // taken: the folder is being changed

        await kept.ReleaseAsync();

        Assert.Equal(Record, cache.ReadRecord(kept.Folder));
        Assert.True(Directory.Exists(kept.Folder));
    }
}
