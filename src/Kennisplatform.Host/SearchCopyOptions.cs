namespace Kennisplatform.Host;

/// <summary>Whether and where the host keeps one-segment copies of published indexes (configuration section <c>Zoeken</c>).</summary>
public sealed class SearchCopyOptions
{
    /// <summary>The configuration section (shared with <see cref="SearchLimitOptions"/>).</summary>
    public const string Section = "Zoeken";

    /// <summary>Search a one-segment copy of each published index once it is made (<see cref="SearchIndexCopies"/>).</summary>
    public bool SingleSegment { get; set; } = true;

    /// <summary>The folder the host writes the copies to; by default beside the site link (<c>_site.zoekindex</c>).</summary>
    public string? CopyFolder { get; set; }

    /// <summary>The folder for a site at <paramref name="site"/>, or null when copies are off.</summary>
    public string? FolderFor(string site, bool preview) =>
        // The preview rebuilds after every save; a merge per build would compete with the next build for the cores.
        !SingleSegment || preview ? null
        : Path.GetFullPath(string.IsNullOrEmpty(CopyFolder) ? Path.TrimEndingDirectorySeparator(site) + ".zoekindex" : CopyFolder);
}
