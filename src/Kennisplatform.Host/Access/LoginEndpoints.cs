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
    public static Task<IResult> FormAsync(HttpContext context, string? returnUrl, SignInPage page) =>
        page.RenderAsync(context, ReturnUrl.LocalOrDefault(returnUrl), null, null, StatusCodes.Status200OK);

    /// <summary><c>POST /inloggen</c>: checks the connection, the form's token, the lock, then name and password.</summary>
    public static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, SignInPage page, UserStore users,
        LoginThrottle throttle, AuditLog audit)
    {
        if (!SignInTransport.IsSafe(context)) return await page.RenderAsync(context, ReturnUrl.Default, null, null, StatusCodes.Status403Forbidden);
        if (!await antiforgery.IsValidFormAsync(context))
        {
            return await page.RenderAsync(context, ReturnUrl.Default, null, "Het formulier was verlopen. Probeer het opnieuw.", StatusCodes.Status400BadRequest);
        }
        var form = context.Request.Form;
        var username = form["gebruikersnaam"].ToString().Trim();
        var password = form["wachtwoord"].ToString();
        var returnUrl = ReturnUrl.LocalOrDefault(form["returnUrl"]);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";

        if (!throttle.TryAttempt(username, address))
        {
            audit.SignIn(username, address, "geblokkeerd");
            return await page.RenderAsync(context, returnUrl, username,
                "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.", StatusCodes.Status429TooManyRequests);
        }
        var user = username.Length > 0 && password.Length > 0 ? users.Verify(username, password) : null;
        if (user is null)
        {
            audit.SignIn(username, address, "mislukt");
            return await page.RenderAsync(context, returnUrl, username, "Gebruikersnaam of wachtwoord is onjuist.", StatusCodes.Status401Unauthorized);
        }
        throttle.Succeed(username, address);
        audit.SignIn(user.Username, address, "gelukt");
        var identity = UserClaims.Of(user);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    /// <summary><c>GET /inloggen/extern</c>: hands the sign-in to the configured identity provider.</summary>
    public static async Task<IResult> ExternalAsync(HttpContext context, string? returnUrl, IOptions<AccessOptions> options, SignInPage page,
        ILogger<SignInPage> log)
    {
        if (options.Value.OpenIdConnect is not { Authority.Length: > 0 }) return Results.NotFound();
        if (!SignInTransport.IsSafe(context)) return await page.RenderAsync(context, ReturnUrl.Default, null, null, StatusCodes.Status403Forbidden);
        var target = ReturnUrl.LocalOrDefault(returnUrl);
        try
        {
            await context.ChallengeAsync(AccessSetup.ExternalScheme, new AuthenticationProperties { RedirectUri = target });
            return Results.Empty;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Mostly: the provider's discovery document cannot be fetched. The rest of the site keeps working.
            log.LogWarning(e, "Sign-in with the identity provider could not start");
            return await page.RenderAsync(context, target, null, ProviderUnavailable, StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The message when the identity provider cannot be reached.</summary>
    public const string ProviderUnavailable = "Inloggen via uw organisatie lukt nu niet: de inlogdienst is niet bereikbaar. Probeer het later opnieuw.";

    /// <summary>The message when the identity provider's answer could not be used (cancelled, expired, forged or refused).</summary>
    public const string ProviderFailed = "Inloggen via uw organisatie is niet gelukt. Probeer het opnieuw.";

    /// <summary><c>GET /uitloggen</c>: the sign-out form (signing out changes state, so it is a POST with a token).</summary>
    public static async Task<IResult> SignOutFormAsync(HttpContext context, IAntiforgery antiforgery, ThemeRenderer theme)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var model = new LogoutPageModel(new PageFrame("Uitloggen", "Uitloggen.", "/uitloggen", [new Link("Home", "/")], NoIndex: true),
            tokens.FormFieldName, tokens.RequestToken!);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(await theme.RenderAsync<LogoutPage>(model), "text/html; charset=utf-8");
    }

    /// <summary>
    /// <c>POST /uitloggen</c>: ends the session, and for a session of the identity provider the provider's session too
    /// (its end-session endpoint, which sends the browser back to the home page), so that the next sign-in asks again.
    /// </summary>
    public static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsValidFormAsync(context)) return Results.BadRequest();
        if (context.User.Identity?.AuthenticationType == AccessSetup.ExternalScheme)
        {
            // First the provider's handler (it reads the ID token from the session cookie), then the cookie, without a
            // redirect of its own that would replace the provider's.
            await context.SignOutAsync(AccessSetup.ExternalScheme, new AuthenticationProperties { RedirectUri = "/" });
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Empty;
        }
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }
}
