using System.Net;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Host.Network;

/// <summary>
/// The network's part of the site search for covenant partners: matching running projects and profiles, marked as
/// closed. When the database is down the site search answers without them.
/// </summary>
public sealed class NetworkSiteSearch(ProjectStore projects, ProfileStore profiles, NetworkSchema schema, ILogger<NetworkSiteSearch> log)
{
    /// <summary>Up to five projects and five profiles for the query; none for an empty query.</summary>
    public async Task<IReadOnlyList<SearchHit>> FindAsync(string query)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        try
        {
            await schema.EnsureAsync();
            var found = await projects.SearchAsync(new DirectoryQuery(query, PageSize: 5));
            var people = await profiles.SearchAsync(new DirectoryQuery(query, PageSize: 5));
            return found.Items.Select(p => Hit(p.Title, NetworkPaths.Project(p.Id), "Lopend project", p.Goal))
                .Concat(people.Items.Select(p => Hit(p.Name, NetworkPaths.Profile(p.Id), "Professional", $"{p.Function}, {p.Organisation}")))
                .ToList();
        }
        catch (NetworkUnavailableException e)
        {
            log.LogWarning(e.InnerException, "Site search without the network: its database is unreachable");
            return [];
        }
    }

    private static SearchHit Hit(string title, string url, string type, string text) =>
        new(title, url, type, WebUtility.HtmlEncode(text.Length <= 220 ? text : text[..217] + "…"), null, null, [], Restricted: true);
}
