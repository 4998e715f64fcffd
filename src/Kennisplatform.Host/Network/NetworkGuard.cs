using Kennisplatform.Host.Access;
using Kennisplatform.Network.Model;
using Kennisplatform.Network.Storage;
using Microsoft.AspNetCore.Antiforgery;

namespace Kennisplatform.Host.Network;

/// <summary>
/// What holds for every network endpoint, in one place: never cached outside the user's browser, the database
/// migrated, a valid anti-forgery token on every POST, and friendly pages for an unreachable database (503), a
/// reached limit (429) and an edit that lost a race with nobody's text lost.
/// </summary>
public static class NetworkGuard
{
    /// <summary>The endpoint filter.</summary>
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        http.Response.Headers.CacheControl = "private, no-store";
        var services = http.RequestServices;
        var pages = services.GetRequiredService<NetworkPages>();
        try
        {
            if (HttpMethods.IsPost(http.Request.Method) && !await services.GetRequiredService<IAntiforgery>().IsValidFormAsync(http))
            {
                return await pages.MessageAsync("Formulier verlopen", "Het formulier was verlopen of kwam niet van deze site. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
                    StatusCodes.Status400BadRequest);
            }
            await services.GetRequiredService<NetworkSchema>().EnsureAsync();
            return await next(invocation);
        }
        catch (NetworkUnavailableException e)
        {
            services.GetRequiredService<ILogger<NetworkSchema>>().LogError(e.InnerException, "Network database unreachable");
            http.Response.Headers.RetryAfter = "60";
            return await pages.MessageAsync("Netwerk tijdelijk niet bereikbaar",
                "Het netwerk is op dit moment niet bereikbaar. Er is niets opgeslagen. Probeer het over enkele minuten opnieuw; de rest van de site werkt gewoon.",
                StatusCodes.Status503ServiceUnavailable, new Theme.Models.Link("Naar het besloten deel", "/besloten/"), new Theme.Models.Link("Zoeken", "/zoeken/"));
        }
        catch (LimitExceededException e)
        {
            services.GetRequiredService<NetworkAudit>().Write(NetworkMember.Of(http.User), http.Request.Path, "limiet", null, e.What);
            return await pages.MessageAsync("Even geduld", $"U heeft het maximum aantal {e.What} per uur bereikt. Er is niets opgeslagen; probeer het later opnieuw.",
                StatusCodes.Status429TooManyRequests);
        }
    }
}
