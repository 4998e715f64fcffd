using System.Globalization;
using System.Threading.RateLimiting;
using Kennisplatform.Contracts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host;

/// <summary>Per-client limits on searching (ASP.NET Core's rate limiter): a token bucket per client address.</summary>
public static class SearchRateLimit
{
    /// <summary>The policy name on the search endpoints.</summary>
    public const string Policy = "zoeken";

    /// <summary>Registers the limiter with <see cref="SearchLimitOptions"/>.</summary>
    public static void AddSearchRateLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchLimitOptions>().Bind(builder.Configuration.GetSection(SearchLimitOptions.Section));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchLimitOptions>, ThemeRenderer>((options, limit, theme) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, cancel) => RejectAsync(rejected, theme, cancel);
            // Keyed on the client's address, which is the real client's behind a trusted proxy (forwarded headers).
            options.AddPolicy(Policy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, limit.Value.Burst),
                    TokensPerPeriod = Math.Max(1, limit.Value.PerMinute / 6),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, ThemeRenderer theme, CancellationToken cancel)
    {
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = "10";
        if (http.Request.Path.StartsWithSegments(SitePaths.Route(SitePaths.Api)))
        {
            await http.Response.WriteAsJsonAsync(new { message = "Te veel zoekopdrachten; probeer het over tien seconden opnieuw." }, cancel);
            return;
        }
        var query = http.Request.Query[SearchUrl.Query].ToString();
        var frame = new PageFrame("Even geduld", "Te veel zoekopdrachten.", SitePaths.Search, [new Link("Home", "/")], Query: query, NoIndex: true);
        var model = new SearchPageModel(frame, query,
            "U heeft in korte tijd veel zoekopdrachten gedaan. Wacht tien seconden en probeer het dan opnieuw.",
            0, [], [], [], null, null, [], null, null, [], "relevantie");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(await theme.RenderAsync<SearchPage>(model), cancel);
    }
}
