using Kennisplatform.Contracts;
using Kennisplatform.Host.Access;

namespace Kennisplatform.Host;

/// <summary>Serves the closed part (<c>/besloten/…</c>) from the build's restricted pages, after authorisation.</summary>
public static class RestrictedSite
{
    /// <summary>A page of the closed part; never cached outside the user's browser.</summary>
    public static async Task<IResult> ServeAsync(HttpContext context, SiteLease lease, PreviewReload preview)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        return await StaticSite.ServeFileAsync(context, lease, lease.Snapshot.RestrictedPages, preview, cacheControl: null);
    }

    /// <summary>Middleware writing an audit line for every request under <c>/besloten</c>, allowed or not, after it is answered.</summary>
    /// <remarks>Every other request passes straight on: the prefix is computed once, and no state machine is made for it.</remarks>
    public static Func<HttpContext, Func<Task>, Task> Audit(AuditLog audit)
    {
        var restricted = new PathString(SitePaths.Route(SitePaths.Restricted));
        return (context, next) => context.Request.Path.StartsWithSegments(restricted) ? AuditedAsync(context, next, audit) : next();
    }

    private static async Task AuditedAsync(HttpContext context, Func<Task> next, AuditLog audit)
    {
        await next();
        var outcome = context.Response.StatusCode switch
        {
            200 or 304 => "toegestaan",
            302 => "doorgestuurd naar inloggen",
            403 => "geweigerd",
            404 => "niet gevonden",
            var code => $"status {code}",
        };
        audit.Page(context.User, context.Request.Path, outcome);
    }
}
