using Kennisplatform.Contracts;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Theme;

/// <summary>The main sections of the site, in the order of the navigation bar.</summary>
public static class SiteNavigation
{
    /// <summary>Section links: the listings of these kinds, in this order.</summary>
    public static readonly IReadOnlyList<Link> Sections =
        new[] { "thema", "nieuws", "praktijkvoorbeeld", "handreiking", "kenniskring", "regio", "publicatie", "webinar", "begrip" }
            .Select(DocumentKinds.Get)
            .Select(k => new Link(k.ListingTitle, k.ListingUrl!))
            .ToList();

    /// <summary>The site's name.</summary>
    public const string SiteName = "Kennisplatform Ondermijning";
}
