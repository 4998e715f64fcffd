namespace Kennisplatform.Network.Model;

/// <summary>The facets by which profiles, projects and questions are filtered and counted.</summary>
public static class Facet
{
    /// <summary>A theme of the site's taxonomy (slug).</summary>
    public const string Theme = "thema";

    /// <summary>A RIEC region of the site's taxonomy (slug).</summary>
    public const string Region = "regio";

    /// <summary>An organisation (a profile's own, or a project's partners).</summary>
    public const string Organisation = "organisatie";
}
