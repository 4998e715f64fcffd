using Kennisplatform.Contracts;
using Kennisplatform.Host.Access;
using Kennisplatform.Host.Network;

namespace Kennisplatform.Host;

/// <summary>The routes of the platform, the same for <c>Program</c> and <c>kennisplatform serve</c>.</summary>
public static class SiteRoutes
{
    /// <summary>Maps every route of the platform on <paramref name="app"/>.</summary>
    public static WebApplication MapKennisplatform(this WebApplication app)
    {
        app.MapGet(SitePaths.Route(SitePaths.Search), SearchEndpoints.PageAsync).RequireRateLimiting(SearchRateLimit.Policy);
        app.MapMethods(SitePaths.SearchFeed, [HttpMethods.Get, HttpMethods.Head], SearchFeedEndpoints.Feed).RequireRateLimiting(SearchRateLimit.Policy);
        app.MapGet(SitePaths.SearchFollow, SearchFeedEndpoints.FollowPageAsync).RequireRateLimiting(SearchRateLimit.Policy);
        app.MapGet(SitePaths.SearchApi, SearchEndpoints.ApiAsync).RequireRateLimiting(SearchRateLimit.Policy);
        app.MapGet(SitePaths.Health, HealthEndpoint.Get);
        app.MapGet(SitePaths.SignIn, LoginEndpoints.FormAsync);
        app.MapPost(SitePaths.SignIn, LoginEndpoints.SignInAsync);
        app.MapGet(SitePaths.SignIn + "/extern", LoginEndpoints.ExternalAsync);
        app.MapGet(SitePaths.SignOut, LoginEndpoints.SignOutFormAsync);
        app.MapPost(SitePaths.SignOut, LoginEndpoints.SignOutAsync);
        app.MapNetwork();
        app.MapMethods(SitePaths.Restricted + "{**path}", [HttpMethods.Get, HttpMethods.Head], RestrictedSite.ServeAsync)
            .RequireAuthorization(PlatformClaims.CovenantPolicy);
        app.MapGet(PreviewReload.ScriptPath, PreviewReload.ScriptFile);
        app.MapGet(PreviewReload.EventsPath, PreviewReload.EventsAsync);
        // The fallback (last in order, every path): MapFallback's pattern is lost when the request delegates are generated
        // at compile time (dotnet/aspnetcore#65992), so it is mapped as what MapFallback does.
        app.Map("{*path}", StaticSite.ServeAsync).WithOrder(int.MaxValue).WithDisplayName("Fallback {*path}");
        return app;
    }
}
