using Kennisplatform.Theme.Models;

namespace Kennisplatform.Theme;

/// <summary>The main sections of the site, in the order of the navigation bar.</summary>
public static class SiteNavigation
{
    /// <summary>Section links.</summary>
    public static readonly IReadOnlyList<Link> Sections =
    [
        new("Thema's", "/themas/"),
        new("Praktijkvoorbeelden", "/praktijkvoorbeelden/"),
        new("Handreikingen", "/handreikingen/"),
        new("Kenniskringen", "/kenniskringen/"),
        new("Regio's", "/regios/"),
        new("Publicaties", "/publicaties/"),
        new("Webinars", "/webinars/"),
        new("Begrippen", "/begrippen/"),
    ];

    /// <summary>The site's name.</summary>
    public const string SiteName = "Kennisplatform Ondermijning";
}
