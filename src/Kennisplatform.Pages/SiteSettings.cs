namespace Kennisplatform.Pages;

/// <summary>Settings of the published site: the address it is served from (for canonical URLs, feeds and sitemap).</summary>
public sealed record SiteSettings(string BaseUrl)
{
    /// <summary>The address of the public platform.</summary>
    public const string DefaultBaseUrl = "https://www.kennisplatformondermijning.nl";

    /// <summary>Default settings.</summary>
    public static SiteSettings Default { get; } = new(DefaultBaseUrl);

    /// <summary>The absolute URL of a site path.</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}
