using Kennisplatform.Contracts;
using Kennisplatform.Host.Access;

namespace Kennisplatform.Host;

/// <summary>The host: serves the published pages and answers searches server-side.</summary>
public partial class Program
{
    /// <summary>Starts the host; <c>--Site:Path</c> names the built site, <c>--urls</c> where to listen.</summary>
    public static async Task Main(string[] args)
    {
        var app = SiteHost.Create(args);

        app.MapGet(SitePaths.Route(SitePaths.Search), SearchEndpoints.PageAsync).RequireRateLimiting(SearchRateLimit.Policy);
        app.MapGet(SitePaths.SearchApi, SearchEndpoints.Api).RequireRateLimiting(SearchRateLimit.Policy);
        app.MapGet(SitePaths.Health, HealthEndpoint.Get);
        app.MapGet(SitePaths.SignIn, LoginEndpoints.FormAsync);
        app.MapPost(SitePaths.SignIn, LoginEndpoints.SignInAsync);
        app.MapGet(SitePaths.SignIn + "/extern", LoginEndpoints.External);
        app.MapGet(SitePaths.SignOut, LoginEndpoints.SignOutFormAsync);
        app.MapPost(SitePaths.SignOut, LoginEndpoints.SignOutAsync);
        app.MapGet(SitePaths.Restricted + "{**path}", RestrictedSite.ServeAsync).RequireAuthorization(PlatformClaims.CovenantPolicy);
        app.MapGet(PreviewReload.ScriptPath, PreviewReload.ScriptFile);
        app.MapGet(PreviewReload.EventsPath, PreviewReload.EventsAsync);
        app.MapFallback("{*path}", StaticSite.ServeAsync);

        await app.RunAsync();
    }
}
