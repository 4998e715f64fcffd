using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Kennisplatform.Contracts;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Kennisplatform.Host.Access;

/// <summary>Registers sign-in (cookies, and OpenID Connect when configured), the covenant policy and anti-forgery.</summary>
public static class AccessSetup
{
    /// <summary>The OpenID Connect scheme.</summary>
    public const string ExternalScheme = "oidc";

    /// <summary>Adds the services of the closed part.</summary>
    public static void AddPlatformAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessOptions>().Bind(builder.Configuration.GetSection(AccessOptions.Section))
            .PostConfigure(o =>
            {
                o.UsersFile ??= Path.Combine(builder.Environment.ContentRootPath, "gebruikers.json");
                if (o.CovenantPartners.Length == 0) o.CovenantPartners = [.. AccessOptions.DefaultCovenantPartners];
            });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<UserStore>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<SignInPage>();

        // Keys that sign cookies and anti-forgery tokens; shared by all hosts behind one proxy when a folder is set,
        // and then encrypted at rest with a certificate, so that a copy of the folder alone forges no session.
        var settings = builder.Configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        var protection = services.AddDataProtection().SetApplicationName("Kennisplatform");
        if (!string.IsNullOrEmpty(settings.KeysFolder))
        {
            if (string.IsNullOrEmpty(settings.KeysCertificate))
            {
                throw new InvalidOperationException(
                    $"{AccessOptions.Section}:KeysFolder is set without {AccessOptions.Section}:KeysCertificate: the keys would be stored unencrypted (see docs/operations.md).");
            }
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.KeysCertificate, settings.KeysCertificatePassword);
            protection.PersistKeysToFileSystem(new DirectoryInfo(settings.KeysFolder))
                .ProtectKeysWithCertificate(certificate)
                .UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "kp-af";
            // Secure over HTTPS (also when nginx terminates TLS: forwarded headers make the request HTTPS); plain
            // HTTP is only accepted for sign-in on a local preview (SignInTransport).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__kp_token";
        });
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "kp-sessie";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.SameSite = SameSiteMode.Lax; // Lax, so that returning from the identity provider signs in
                o.LoginPath = "/inloggen";
                o.ReturnUrlParameter = "returnUrl";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = RelativeRedirectAsync;
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ThemeRenderer, ProviderSessionCheck, UsersFileSessionCheck>((o, theme, provider, usersFile) =>
            {
                o.Events.OnRedirectToAccessDenied = context => ForbiddenAsync(context, theme);
                // Each check looks only at sessions of its own kind.
                o.Events.OnValidatePrincipal = async context =>
                {
                    await usersFile.ValidateAsync(context);
                    await provider.ValidateAsync(context);
                };
            });
        services.AddSingleton<ProviderSessionCheck>();
        services.AddSingleton<UsersFileSessionCheck>();

        // The identity provider's handler validates its settings on every request, so it exists only when configured.
        var provider = builder.Configuration.GetSection($"{AccessOptions.Section}:OpenIdConnect").Get<OpenIdConnectSettings>();
        if (provider is { Authority.Length: > 0 }) AddProvider(authentication, provider);
        services.AddSingleton<IAuthorizationHandler, CovenantPartnerHandler>();
        services.AddAuthorizationBuilder().AddPolicy(PlatformClaims.CovenantPolicy, policy => policy
            .RequireAuthenticatedUser()
            .AddRequirements(new CovenantPartnerRequirement()));
    }

    // Code flow with PKCE; the tokens are kept in the (encrypted) session cookie, so that the session can be re-checked
    // with the refresh token and sign-out can end the provider's session with the ID token.
    private static void AddProvider(AuthenticationBuilder authentication, OpenIdConnectSettings provider)
    {
        authentication.AddOpenIdConnect(ExternalScheme, o =>
        {
            o.Authority = provider.Authority;
            o.ClientId = provider.ClientId;
            o.ClientSecret = provider.ClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;
            // The code comes back in the query of a top-level GET, so the Lax cookies of the flow travel with it;
            // PKCE binds it to this browser. (form_post is a cross-site POST and would need SameSite=None cookies.)
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.SaveTokens = true;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.Scope.Clear();
            foreach (var scope in provider.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)) o.Scope.Add(scope);
            // Plain HTTP only to a provider on this machine (a local test provider); anywhere else HTTPS is required.
            o.RequireHttpsMetadata = !IsLoopback(provider.Authority);
            o.BackchannelTimeout = TimeSpan.FromSeconds(10);
            foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure behind nginx (forwarded HTTPS)
            }
            // Claims as the provider names them, and the organisation from userinfo too (not only from the ID token).
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = "name";
            o.ClaimActions.MapUniqueJsonKey(provider.OrganisationClaim, provider.OrganisationClaim);
            // A callback that fails (cancelled at the provider, expired or forged state, provider unreachable): the
            // sign-in page with a message, never a 500.
            o.Events.OnRemoteFailure = async context =>
            {
                context.HandleResponse();
                var services = context.HttpContext.RequestServices;
                services.GetRequiredService<ILogger<SignInPage>>().LogWarning(context.Failure, "Sign-in with the identity provider failed");
                var page = await services.GetRequiredService<SignInPage>().RenderAsync(context.HttpContext, ReturnUrl.Default, null,
                    LoginEndpoints.ProviderFailed, StatusCodes.Status401Unauthorized);
                await page.ExecuteAsync(context.HttpContext);
            };
            o.Events.OnTicketReceived = context =>
            {
                if (context.Principal?.Identity is not ClaimsIdentity received) return Task.CompletedTask;
                // After ID token and userinfo: the policy reads exactly one organisation claim of ours, and the session
                // is marked as the provider's, to be re-checked with it.
                // Only the claims the platform reads, and only the tokens it needs: the session cookie stays small.
                var identity = new ClaimsIdentity(received.Claims.Where(c => c.Type is "sub" or "name" || c.Type == provider.OrganisationClaim),
                    ExternalScheme, "name", PlatformClaims.Role);
                OrganisationClaim.Normalise(identity, provider.OrganisationClaim);
                context.Principal = new ClaimsPrincipal(identity);
                ProviderSessionCheck.KeepNeededTokens(context.Properties!);
                var services = context.HttpContext.RequestServices;
                services.GetRequiredService<ProviderSessionCheck>().Stamp(context.Properties!);
                services.GetRequiredService<AuditLog>().SignIn(identity.Name ?? "?",
                    context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend", $"gelukt via identiteitsprovider ({identity.FindFirst(PlatformClaims.Organisation)?.Value ?? "geen organisatie"})");
                return Task.CompletedTask;
            };
        });
    }

    private static bool IsLoopback(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.IsLoopback;

    // Signed in, but not from a covenant partner: say so with status 403 instead of sending them to sign in again.
    private static async Task ForbiddenAsync(RedirectContext<CookieAuthenticationOptions> context, ThemeRenderer theme)
    {
        var http = context.HttpContext;
        var model = new ForbiddenPageModel(new PageFrame("Geen toegang", "Geen toegang tot het besloten deel.", SitePaths.Restricted,
            [new Link("Home", "/")], NoIndex: true));
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "private, no-store";
        await http.Response.WriteAsync(await theme.RenderAsync<ForbiddenPage>(model));
    }

    // A path, not an absolute URL: the Host header is the client's to choose and must not decide where people are sent.
    private static Task RelativeRedirectAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
