using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// A content folder that goes through changes, built with the cache into one output folder and, after each change,
/// also cleanly into a fresh one, the two compared file by file.
/// </summary>
public sealed class CachedBuildWorkspace : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _content;
    private int _clean;

    public CachedBuildWorkspace() => _content = Fixtures.CopyContent(_temp["content"]);

    /// <summary>The content folder.</summary>
    public string Content => _content;

    /// <summary>The output folder of the cached builds.</summary>
    public string Output => _temp["site/_site"];

    public void Dispose() => _temp.Dispose();

    // Index parts of about two documents, so that a change touches one part of several.
    // Deletions and renames here are about the cache; the address guard has its own tests (AddressGuardTests).
    /// <summary>The options of a cached build into <see cref="Output"/>.</summary>
    public BuildOptions Cached(string? codeVersion = null) =>
        new(_content, Output, DutchWordList.All, IndexPartSize: 2, CodeVersion: codeVersion, PreviousSite: _temp["geen-vorige-site"]);

    /// <summary>The options of a clean build of <paramref name="content"/> into <paramref name="output"/>, the same for every workspace.</summary>
    public static BuildOptions Clean(string content, string output) => new(content, output, DutchWordList.All, IndexPartSize: 2, UseCache: false);

    /// <summary>Builds with the cache and cleanly, asserts both give the same files, and returns the cached build's report.</summary>
    public async Task<BuildReport> AssertSameAsCleanAsync(string step, string? codeVersion = null) =>
        await AssertSameAsAsync(await BuildCleanAsync(), step, codeVersion);

    /// <summary>
    /// Builds with the cache and asserts it gives the same files as <paramref name="cleanSite"/>, a clean build of the
    /// content as it is now (made earlier, or shared by several workspaces); returns the cached build's report.
    /// </summary>
    public async Task<BuildReport> AssertSameAsAsync(string cleanSite, string step, string? codeVersion = null)
    {
        var cached = await new SiteBuilder().BuildAsync(Cached(codeVersion));
        Assert.True(cached.Succeeded, step);
        SiteComparison.AssertIdentical(cleanSite, Output, "after " + step);
        return cached;
    }

    /// <summary>Builds the content as it is now cleanly into a fresh folder, and returns that folder.</summary>
    public async Task<string> BuildCleanAsync()
    {
        var cleanFolder = _temp[$"clean-{++_clean}/_site"];
        Assert.True((await new SiteBuilder().BuildAsync(Clean(_content, cleanFolder))).Succeeded, "the clean build");
        return cleanFolder;
    }

    /// <summary>A path inside the content folder.</summary>
    public string File(string relative) => Path.Combine(_content, relative);

    /// <summary>Edits a content file: <paramref name="from"/>, which must be in it, becomes <paramref name="to"/>.</summary>
    public void Replace(string relative, string from, string to)
    {
        var text = System.IO.File.ReadAllText(File(relative));
        Assert.Contains(from, text);
        System.IO.File.WriteAllText(File(relative), text.Replace(from, to));
    }
}
