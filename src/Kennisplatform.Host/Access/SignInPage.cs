using Kennisplatform.Contracts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Access;

/// <summary>Renders the sign-in page with a fresh form token, or, over an unsafe connection, without a form to use.</summary>
public sealed class SignInPage(IAntiforgery antiforgery, IOptions<AccessOptions> options, ThemeRenderer theme)
{
    private const string InsecureTransport =
        "Inloggen kan alleen over een beveiligde verbinding (https). Gebruik het adres dat met https:// begint.";

    /// <summary>The page with an optional error and the given status (403 over an unsafe connection).</summary>
    public async Task<IResult> RenderAsync(HttpContext context, string returnUrl, string? username, string? error, int status)
    {
        var safe = SignInTransport.IsSafe(context);
        if (!safe) (error, status) = (InsecureTransport, StatusCodes.Status403Forbidden);
        // Over an unsafe connection no form token and no cookie: nothing to sign in with.
        var tokens = safe ? antiforgery.GetAndStoreTokens(context) : new AntiforgeryTokenSet("", "", "__kp_token", null);
        var model = new LoginPageModel(
            new PageFrame("Inloggen", "Inloggen op het besloten deel.", SitePaths.SignIn, [new Link("Home", "/")], NoIndex: true),
            returnUrl, username, error, tokens.FormFieldName, tokens.RequestToken ?? "",
            options.Value.OpenIdConnect is { Authority.Length: > 0 } oidc ? oidc.DisplayName : null);
        var html = await theme.RenderAsync<LoginPage>(model);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
