using System.Security.Claims;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Access;

/// <summary>Sign-in and sign-out for the closed part.</summary>
public static class LoginEndpoints
{
    /// <summary><c>GET /inloggen</c>: the form.</summary>
    public static Task<IResult> FormAsync(HttpContext context, string? returnUrl) =>
        PageAsync(context, LocalOrDefault(returnUrl), null, null, StatusCodes.Status200OK);

    private const string InsecureTransport =
        "Inloggen kan alleen over een beveiligde verbinding (https). Gebruik het adres dat met https:// begint.";

    /// <summary><c>POST /inloggen</c>: checks the form's token, the lock, then name and password.</summary>
    public static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, UserStore users, LoginThrottle throttle, AuditLog audit)
    {
        if (!SignInTransport.IsSafe(context)) return await PageAsync(context, "/besloten/", null, null, StatusCodes.Status403Forbidden);
        if (!await IsValidFormAsync(context, antiforgery))
        {
            return await PageAsync(context, "/besloten/", null, "Het formulier was verlopen. Probeer het opnieuw.", StatusCodes.Status400BadRequest);
        }
        var form = context.Request.Form;
        var username = form["gebruikersnaam"].ToString().Trim();
        var password = form["wachtwoord"].ToString();
        var returnUrl = LocalOrDefault(form["returnUrl"]);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";

        if (throttle.IsLocked(username, address))
        {
            audit.SignIn(username, address, "geblokkeerd");
            return await PageAsync(context, returnUrl, username,
                "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.", StatusCodes.Status429TooManyRequests);
        }
        var user = username.Length > 0 && password.Length > 0 ? users.Verify(username, password) : null;
        if (user is null)
        {
            throttle.Fail(username, address);
            audit.SignIn(username, address, "mislukt");
            return await PageAsync(context, returnUrl, username, "Gebruikersnaam of wachtwoord is onjuist.", StatusCodes.Status401Unauthorized);
        }
        throttle.Succeed(username);
        audit.SignIn(user.Username, address, "gelukt");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.Username),
            new Claim("name", user.Name),
            new Claim(PlatformClaims.Organisation, user.Organisation),
            new Claim(PlatformClaims.Role, user.Role),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    /// <summary><c>GET /inloggen/extern</c>: hands the sign-in to the configured identity provider.</summary>
    public static IResult External(string? returnUrl, IOptions<AccessOptions> options) =>
        options.Value.OpenIdConnect is { Authority.Length: > 0 }
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrDefault(returnUrl) }, [AccessSetup.ExternalScheme])
            : Results.NotFound();

    /// <summary><c>GET /uitloggen</c>: the sign-out form (signing out changes state, so it is a POST with a token).</summary>
    public static async Task<IResult> SignOutFormAsync(HttpContext context, IAntiforgery antiforgery, ThemeRenderer theme)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var model = new LogoutPageModel(new PageFrame("Uitloggen", "Uitloggen.", "/uitloggen", [new Link("Home", "/")], NoIndex: true),
            tokens.FormFieldName, tokens.RequestToken!);
        return Results.Content(await theme.RenderAsync<LogoutPage>(model), "text/html; charset=utf-8");
    }

    /// <summary><c>POST /uitloggen</c>: ends the session.</summary>
    public static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await IsValidFormAsync(context, antiforgery)) return Results.BadRequest();
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }

    private static async Task<bool> IsValidFormAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType) return false;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static async Task<IResult> PageAsync(HttpContext context, string returnUrl, string? username, string? error, int status)
    {
        var safe = SignInTransport.IsSafe(context);
        if (!safe) (error, status) = (InsecureTransport, StatusCodes.Status403Forbidden);
        // Over an unsafe connection no form token and no cookie: nothing to sign in with.
        var tokens = safe
            ? context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context)
            : new AntiforgeryTokenSet("", "", "__kp_token", null);
        var access = context.RequestServices.GetRequiredService<IOptions<AccessOptions>>().Value;
        var model = new LoginPageModel(
            new PageFrame("Inloggen", "Inloggen op het besloten deel.", "/inloggen", [new Link("Home", "/")], NoIndex: true),
            returnUrl, username, error, tokens.FormFieldName, tokens.RequestToken!,
            access.OpenIdConnect is { Authority.Length: > 0 } oidc ? oidc.DisplayName : null);
        var html = await context.RequestServices.GetRequiredService<ThemeRenderer>().RenderAsync<LoginPage>(model);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    // Only paths on this site, so that the sign-in page cannot be used to send people elsewhere.
    private static string LocalOrDefault(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/besloten/";
}
