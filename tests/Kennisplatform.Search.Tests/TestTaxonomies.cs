using Kennisplatform.Contracts;

namespace Kennisplatform.Search.Tests;

/// <summary>A taxonomy table of themes and regions for indexes written in a test (the site's comes from its content).</summary>
public static class TestTaxonomies
{
    /// <summary>Themes, then regions.</summary>
    public static IReadOnlyList<Taxonomy> ThemesAndRegions { get; } =
    [
        new() { Key = "themes", Term = "theme", Folder = "themas", Label = "Thema", PluralLabel = "Thema's", Parameter = "thema" },
        new() { Key = "regions", Term = "region", Folder = "regios", Label = "Regio", PluralLabel = "Regio's", Parameter = "regio" },
    ];

    /// <summary>The terms of a page per taxonomy key.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Terms(IReadOnlyList<string> themes, IReadOnlyList<string>? regions = null) =>
        new Dictionary<string, IReadOnlyList<string>> { ["themes"] = themes, ["regions"] = regions ?? [] };

    /// <summary>A filter on themes and/or regions.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Filter(string key, params string[] values) =>
        new Dictionary<string, IReadOnlyList<string>> { [key] = values };
}
