using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>The records of kept build folders: what a preview changed is forgotten, and a record that cannot be read is not kept.</summary>
public class BuildCacheTests
{
    [Fact]
    public void Paths_the_preview_changed_are_forgotten_and_the_rest_of_the_record_kept()
    {
        using var temp = new TempFolder();
        var cache = new BuildCache(temp["cache"]);
        var folder = temp["site.builds/one"];
        Assert.True(cache.KeepRecord(folder, new Dictionary<string, string> { ["public/a.html"] = "a", ["public/b.html"] = "b" }));

        cache.Forget(folder, ["public/a.html", "public/niet-er.html"]);

        Assert.Equal(new Dictionary<string, string> { ["public/b.html"] = "b" }, cache.ReadRecord(folder));
    }

    [Fact]
    public void A_record_that_cannot_be_read_is_removed_when_the_preview_changes_its_folder()
    {
        using var temp = new TempFolder();
        var cache = new BuildCache(temp["cache"]);
        var folder = temp["site.builds/one"];
        Assert.True(cache.KeepRecord(folder, new Dictionary<string, string> { ["public/a.html"] = "a" }));
        var record = Assert.Single(Directory.GetFiles(Path.Combine(cache.Folder, "builds")));
        File.WriteAllText(record, "{ not json");

        cache.Forget(folder, ["public/a.html"]);

        Assert.False(File.Exists(record));
        Assert.Null(cache.ReadRecord(folder));
    }

    [Fact]
    public void A_kept_record_reads_back_with_every_path_and_key()
    {
        using var temp = new TempFolder();
        var cache = new BuildCache(temp["cache"]);
        var folder = temp["site.builds/een"];
        var files = new Dictionary<string, string> { ["public/thema/één/index.html"] = "a1", ["public/\"citaat\"/index.html.br"] = "b2.br", ["adressen.json"] = "c3" };

        Assert.True(cache.KeepRecord(folder, files));

        Assert.Equal(files, cache.ReadRecord(folder));
    }

    [Fact]
    public void A_finished_build_keeps_the_pages_it_used_with_their_copies_and_removes_the_others()
    {
        using var temp = new TempFolder();
        var cache = new BuildCache(temp["cache"]);
        var output = temp["site"];
        Directory.CreateDirectory(output + ".builds/een");
        Directory.CreateDirectory(cache.Pages);
        Directory.CreateDirectory(Path.Combine(cache.Pages, "map")); // not a page: left alone
        string[] kept = ["aaa", "aaa.br", "aaa.gz", "bbb"];
        string[] unused = ["ccc", "ccc.br", "ccc.gz", "ddd.gz"];
        foreach (var name in kept.Concat(unused)) File.WriteAllText(Path.Combine(cache.Pages, name), name);

        cache.Complete(output, new BuildManifest("f", "een", 2, 2), [], [], ["aaa", "bbb"], new Dictionary<string, string>());

        Assert.Equal(kept, Directory.GetFiles(cache.Pages).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(cache.Pages, "map")));
    }
}
