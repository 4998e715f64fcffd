using Kennisplatform.Contracts;
using Kennisplatform.Host.Access;
using Kennisplatform.Host.Network;
using Kennisplatform.Host.QueryLog;
using Kennisplatform.Theme;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host;

/// <summary>
/// Creates the web application, its services and its middleware; <see cref="SiteRoutes.MapKennisplatform"/> maps the
/// routes. <c>Program</c> and <c>kennisplatform serve</c> both start the host this way.
/// </summary>
public static class SiteHost
{
    /// <summary>The default address of <c>kennisplatform serve</c>.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// Builds the app: <c>Site:Path</c> names the site (default <c>_site</c>), <c>Site:Preview</c> turns on reload;
    /// <paramref name="services"/> may add or replace services after the platform's own (a test's clock, say).
    /// </summary>
    public static WebApplication Create(string[] args, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Framework chatter (a line per routing step) hides what matters; our own request log says what happened.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        // Options are resolved after Build(), so that settings added by a test host are seen too.
        builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.Section));
        builder.Services.AddSingleton(sp => new SiteFolder(Path.GetFullPath(sp.GetRequiredService<IOptions<SiteOptions>>().Value.Path)));
        builder.Services.AddSingleton(sp => new PreviewReload(sp.GetRequiredService<IOptions<SiteOptions>>().Value.Preview));
        builder.Services.AddOptions<SearchCopyOptions>().Bind(builder.Configuration.GetSection(SearchCopyOptions.Section));
        builder.Services.AddSingleton(sp => new SearchIndexCopies(
            sp.GetRequiredService<IOptions<SearchCopyOptions>>().Value.FolderFor(sp.GetRequiredService<SiteFolder>().Root,
                sp.GetRequiredService<IOptions<SiteOptions>>().Value.Preview),
            sp.GetRequiredService<ILogger<SearchIndexCopies>>()));
        builder.Services.AddSingleton<SiteState>();
        builder.Services.AddScoped(sp => sp.GetRequiredService<SiteState>().Acquire());
        builder.Services.AddSingleton(sp => new ThemeRenderer(sp.GetRequiredService<ILoggerFactory>()));
        builder.AddTrustedProxies();
        builder.AddPlatformAccess();
        builder.AddNetwork();
        builder.AddSearchRateLimit();
        builder.Services.AddSingleton(sp => new SearchResponseCache(sp.GetRequiredService<IOptions<SearchLimitOptions>>().Value.ResponseCacheBytes));
        builder.AddQueryLog();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(15),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        // Graceful shutdown: requests in flight get time to finish before the host stops.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));
        // The socket transport's settings (Kestrel:Sockets: IOQueueCount, UnsafePreferInlineScheduling, …) are the
        // operator's, like the rest of Kestrel's section; see docs/operations.md for when they help.
        builder.Services.AddOptions<SocketTransportOptions>().Bind(builder.Configuration.GetSection("Kestrel:Sockets"));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        services?.Invoke(builder.Services);

        var app = builder.Build();
        var site = app.Services.GetRequiredService<SiteFolder>();
        if (!Directory.Exists(new BuildLayout(site.Root).Public))
        {
            throw new DirectoryNotFoundException($"No built site at {site.Root}: run 'kennisplatform build' first.");
        }
        app.UseTrustedProxies();
        app.Use(app.Services.GetRequiredService<RequestLog>().LogAsync);
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(RestrictedSite.Audit(app.Services.GetRequiredService<AuditLog>()));
        app.UseAuthorization();
        return app;
    }
}
