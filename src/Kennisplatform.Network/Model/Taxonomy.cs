namespace Kennisplatform.Network.Model;

/// <summary>The site's themes and regions (slug → title), which profiles, projects and questions must use.</summary>
public sealed record Taxonomy(IReadOnlyDictionary<string, string> Themes, IReadOnlyDictionary<string, string> Regions)
{
    /// <summary>No themes and no regions.</summary>
    public static Taxonomy Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The title of a theme, or the slug when unknown.</summary>
    public string ThemeTitle(string slug) => Themes.GetValueOrDefault(slug, slug);

    /// <summary>The title of a region, or the slug when unknown.</summary>
    public string RegionTitle(string slug) => Regions.GetValueOrDefault(slug, slug);
}
