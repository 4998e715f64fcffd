using Kennisplatform.Host.Access;

namespace Kennisplatform.Host;

/// <summary>The host: serves the published pages and answers searches server-side.</summary>
public partial class Program
{
    /// <summary>Starts the host; <c>--Site:Path</c> names the built site, <c>--urls</c> where to listen.</summary>
    public static async Task Main(string[] args)
    {
        var app = SiteHost.Create(args);

        app.MapGet("/zoeken", SearchEndpoints.PageAsync).RequireRateLimiting(SearchRateLimit.Policy);
        app.MapGet("/api/zoeken", SearchEndpoints.Api).RequireRateLimiting(SearchRateLimit.Policy);
        app.MapGet("/healthz", HealthEndpoint.Get);
        app.MapGet("/inloggen", LoginEndpoints.FormAsync);
        app.MapPost("/inloggen", LoginEndpoints.SignInAsync);
        app.MapGet("/inloggen/extern", LoginEndpoints.External);
        app.MapGet("/uitloggen", LoginEndpoints.SignOutFormAsync);
        app.MapPost("/uitloggen", LoginEndpoints.SignOutAsync);
        app.MapGet("/besloten/{**path}", RestrictedSite.ServeAsync).RequireAuthorization(PlatformClaims.CovenantPolicy);
        app.MapGet("/_preview/reload.js", PreviewReload.ScriptFile);
        app.MapGet("/_preview/events", PreviewReload.EventsAsync);
        app.MapFallback("{*path}", StaticSite.ServeAsync);

        await app.RunAsync();
    }
}
