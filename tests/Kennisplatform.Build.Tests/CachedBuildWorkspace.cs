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
        new(_content, Output, IndexPartSize: 2, CodeVersion: codeVersion, PreviousSite: _temp["geen-vorige-site"]);

    /// <summary>Builds with the cache and cleanly, asserts both give the same files, and returns the cached build's report.</summary>
    public async Task<BuildReport> AssertSameAsCleanAsync(string step, string? codeVersion = null)
    {
        var cached = await new SiteBuilder().BuildAsync(Cached(codeVersion));
        var cleanFolder = _temp[$"clean-{++_clean}/_site"];
        var clean = await new SiteBuilder().BuildAsync(new BuildOptions(_content, cleanFolder, IndexPartSize: 2, UseCache: false));
        Assert.True(cached.Succeeded && clean.Succeeded, step);
        SiteComparison.AssertIdentical(cleanFolder, Output, "after " + step);
        return cached;
    }

    /// <summary>A path inside the content folder.</summary>
    public string File(string relative) => Path.Combine(_content, relative);
}
