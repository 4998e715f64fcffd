namespace Kennisplatform.Host;

/// <summary>The published site the host serves: <c>public/</c> for files, <c>index/</c> for search.</summary>
public sealed record SiteFolder(string Root)
{
    /// <summary>Files a web server may serve as they are.</summary>
    public string Public => Path.Combine(Root, "public");

    /// <summary>The Lucene index (never served).</summary>
    public string Index => Path.Combine(Root, "index");
}
