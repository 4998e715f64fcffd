using Kennisplatform.Contracts;
using System.Globalization;
using System.Threading.RateLimiting;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kennisplatform.Host;

/// <summary>Per-client limits on searching (ASP.NET Core's rate limiter): a token bucket per client address.</summary>
public static class SearchRateLimit
{
    /// <summary>The policy name on the search endpoints.</summary>
    public const string Policy = "zoeken";

    /// <summary>Registers the limiter: <c>Zoeken:PerMinute</c> is the steady rate (default 120), <c>Zoeken:Burst</c> the burst (default 30).</summary>
    public static void AddSearchRateLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(Policy, context =>
            {
                var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
                var perMinute = configuration.GetValue("Zoeken:PerMinute", 120);
                var burst = configuration.GetValue("Zoeken:Burst", 30);
                return RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, burst),
                        TokensPerPeriod = Math.Max(1, perMinute / 6),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
            });
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancel)
    {
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = "10";
        if (http.Request.Path.StartsWithSegments(SitePaths.Route(SitePaths.Api)))
        {
            await http.Response.WriteAsJsonAsync(new { message = "Te veel zoekopdrachten; probeer het over tien seconden opnieuw." }, cancel);
            return;
        }
        var theme = http.RequestServices.GetRequiredService<ThemeRenderer>();
        var query = http.Request.Query[SearchUrl.Query].ToString();
        var frame = new PageFrame("Even geduld", "Te veel zoekopdrachten.", SitePaths.Search, [new Link("Home", "/")], Query: query, NoIndex: true);
        var model = new SearchPageModel(frame, query,
            "U heeft in korte tijd veel zoekopdrachten gedaan. Wacht tien seconden en probeer het dan opnieuw.",
            0, [], [], [], null, null, [], null, null, [], "relevantie");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(await theme.RenderAsync<SearchPage>(model), cancel);
    }
}
