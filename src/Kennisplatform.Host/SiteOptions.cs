namespace Kennisplatform.Host;

/// <summary>Which build the host serves (configuration section <c>Site</c>).</summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Site";

    /// <summary>The published site: a folder or the link to the current build.</summary>
    public string Path { get; set; } = "_site";

    /// <summary>Preview mode of <c>serve --watch</c>: pages reload themselves after a rebuild.</summary>
    public bool Preview { get; set; }
}
