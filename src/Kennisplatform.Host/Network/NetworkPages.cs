using Kennisplatform.Contracts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;

namespace Kennisplatform.Host.Network;

/// <summary>Renders the network's pages with the site's theme: closed, not indexed, with the network's breadcrumbs.</summary>
public sealed class NetworkPages(ThemeRenderer theme, IAntiforgery antiforgery)
{
    /// <summary>The frame of a network page.</summary>
    public static PageFrame Frame(string title, string path, string description = "Het netwerk van professionals in het besloten deel.") =>
        new(title, description, path,
            path == NetworkPaths.Root ? [new Link("Home", "/"), new Link("Besloten deel", SitePaths.Restricted)]
                : [new Link("Home", "/"), new Link("Besloten deel", SitePaths.Restricted), new Link("Netwerk", NetworkPaths.Root)],
            Section: null, NoIndex: true, Restricted: true);

    /// <summary>The anti-forgery token for the forms of this response.</summary>
    public FormToken Token(HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken!);
    }

    /// <summary>A page as the response.</summary>
    public async Task<IResult> RenderAsync<TComponent>(object model, int status = StatusCodes.Status200OK) where TComponent : IComponent =>
        Results.Content(await theme.RenderAsync<TComponent>(model), "text/html; charset=utf-8", statusCode: status);

    /// <summary>A short message page.</summary>
    public Task<IResult> MessageAsync(string title, string text, int status = StatusCodes.Status200OK, params Link[] links) =>
        RenderAsync<Pages.NetworkMessagePage>(new NetworkMessageModel(Frame(title, NetworkPaths.Root), title, text,
            links.Length > 0 ? links : [new Link("Naar het netwerk", NetworkPaths.Root)]), status);

    /// <summary>A friendly 404 inside the network.</summary>
    public Task<IResult> NotFoundAsync() =>
        MessageAsync("Niet gevonden", "Dit onderdeel van het netwerk bestaat niet (meer) of is verborgen.", StatusCodes.Status404NotFound);
}
