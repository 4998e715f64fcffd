using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kennisplatform.Testing.Identity;

/// <summary>
/// A real OpenID Connect provider for tests, built with OpenIddict (in-memory EF Core store) on a free loopback port:
/// its own sign-in page and session cookie, the authorization code flow with PKCE required, refresh tokens, userinfo
/// and end-session. It issues an <c>organisation</c> claim, in the ID token or only from userinfo, per user.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    /// <summary>The client id of the platform at this provider.</summary>
    public const string ClientId = "kennisplatform";

    /// <summary>The platform's client secret at this provider.</summary>
    public const string ClientSecret = "geheim-van-de-test";

    /// <summary>The claim that names the organisation.</summary>
    public const string OrganisationClaim = "organisation";

    private const string SessionScheme = "idp";

    private readonly ConcurrentDictionary<string, ProviderUser> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _signIns = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _challengeMethods = new();
    private readonly WebApplication _app;
    private int _refreshes;
    private int _endSessions;
    private bool _unreachable;

    private TestIdentityProvider(WebApplication app) => _app = app;

    /// <summary>The issuer address (http://127.0.0.1:port/).</summary>
    public Uri Authority { get; private set; } = default!;

    /// <summary>The PKCE methods of the authorization requests received, in order ("none" when absent).</summary>
    public IReadOnlyCollection<string> CodeChallengeMethods => _challengeMethods;

    /// <summary>How many refresh-token requests were granted.</summary>
    public int Refreshes => Volatile.Read(ref _refreshes);

    /// <summary>While true, the provider cuts every connection without an answer, as an unreachable provider would.</summary>
    public bool Unreachable { get => Volatile.Read(ref _unreachable); set => Volatile.Write(ref _unreachable, value); }

    /// <summary>How many times the end-session endpoint ended a session here.</summary>
    public int EndedSessions => Volatile.Read(ref _endSessions);

    /// <summary>Starts the provider on a free loopback port.</summary>
    public static async Task<TestIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        var store = "provider-" + Guid.NewGuid().ToString("N");
        services.AddDbContext<DbContext>(o =>
        {
            o.UseInMemoryDatabase(store);
            o.UseOpenIddict();
        });
        services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, o =>
        {
            o.Cookie.Name = "idp-sessie"; // not the platform's cookie names: both run on 127.0.0.1
            o.LoginPath = "/login";
        });
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess);
                o.RegisterClaims(Claims.Name, OrganisationClaim);
                // RS256 signatures and RSA-OAEP encryption as with the ephemeral keys, but 2 048-bit keys (the size most
                // providers sign with): OpenIddict's ephemeral keys are 4 096 bits, whose two key generations took about
                // 5 of the 12 processor seconds of the OpenID Connect tests.
                o.AddEncryptionKey(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-encryption" })
                    .AddSigningKey(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-signing" });
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement(); // plain HTTP on loopback, as the platform allows for such a provider
            });

        var provider = new TestIdentityProvider(builder.Build());
        provider.Map();
        await provider._app.StartAsync();
        var address = provider._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider.Authority = new Uri(address.TrimEnd('/') + "/");
        // The first answers of a fresh provider are slow (JIT, keys); ask once here, so that clients meet a warm provider.
        using var warmUp = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        await warmUp.GetStringAsync(new Uri(provider.Authority, ".well-known/openid-configuration"));
        await warmUp.GetStringAsync(new Uri(provider.Authority, ".well-known/jwks"));
        return provider;
    }

    /// <summary>
    /// Registers the platform at <paramref name="platform"/> as the confidential client, with its callback addresses;
    /// a second platform (another host sharing this provider) adds its addresses to the same client.
    /// </summary>
    public async Task RegisterClientAsync(Uri platform)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(ClientId) is { } existing)
        {
            var registered = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(registered, existing);
            registered.RedirectUris.Add(new Uri(platform, "/signin-oidc"));
            registered.PostLogoutRedirectUris.Add(new Uri(platform, "/signout-callback-oidc"));
            await applications.UpdateAsync(existing, registered);
            return;
        }
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(platform, "/signin-oidc") },
            PostLogoutRedirectUris = { new Uri(platform, "/signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    /// <summary>Adds a person (the subject is also the name typed on the sign-in page).</summary>
    public ProviderUser AddUser(string subject, string name, string organisation, bool organisationInIdToken)
    {
        var user = new ProviderUser(subject, name, organisation, organisationInIdToken);
        if (!_users.TryAdd(subject, user)) throw new InvalidOperationException($"{subject} exists already");
        return user;
    }

    /// <summary>How many times <paramref name="user"/> authenticated on the provider's own sign-in page.</summary>
    public int SignIns(ProviderUser user) => _signIns.GetValueOrDefault(user.Subject);

    // Handlers are passed as Delegate: as a method group, Task<IResult> X(HttpContext) binds to RequestDelegate and
    // its result would be dropped.
    private void Map()
    {
        _app.Use((context, next) =>
        {
            if (!Unreachable) return next(context);
            context.Abort();
            return Task.CompletedTask;
        });
        _app.UseAuthentication();
        _app.MapGet("/login", (string? returnUrl) => Results.Content(
            $"""<!DOCTYPE html><title>Inloggen bij de identiteitsprovider</title><form method="post" action="/login"><input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}"><input name="username"><button>Inloggen</button></form>""",
            "text/html; charset=utf-8"));
        _app.MapPost("/login", (Delegate)SignInAsync);
        _app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync);
        _app.MapPost("/connect/token", (Delegate)TokenAsync);
        _app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync);
        _app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync);
    }

    // The provider's own sign-in: a known name starts a session here (no password: this is about the protocol).
    private async Task<IResult> SignInAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        if (!_users.TryGetValue(form["username"].ToString(), out var user) || !returnUrl.StartsWith("/connect/authorize?", StringComparison.Ordinal))
        {
            return Results.BadRequest();
        }
        _signIns.AddOrUpdate(user.Subject, 1, (_, n) => n + 1);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Subject)], SessionScheme);
        await context.SignInAsync(SessionScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    private async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        _challengeMethods.Enqueue(request.CodeChallengeMethod ?? "none");
        var session = await context.AuthenticateAsync(SessionScheme);
        if (session.Principal?.Identity?.Name is not { } subject || !_users.TryGetValue(subject, out var user) || !user.Active)
        {
            return Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        }
        return Results.SignIn(Principal(user, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // Code and refresh grants: the tokens carry the person as the provider knows them today.
    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal?.GetClaim(Claims.Subject) is not { } subject || !_users.TryGetValue(subject, out var user) || !user.Active)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "This person is no longer known here.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        if (request.IsRefreshTokenGrantType()) Interlocked.Increment(ref _refreshes);
        return Results.SignIn(Principal(user, result.Principal.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal?.GetClaim(Claims.Subject) is not { } subject || !_users.TryGetValue(subject, out var user) || !user.Active)
        {
            return Results.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        var claims = new Dictionary<string, object> { [Claims.Subject] = user.Subject, [Claims.Name] = user.Name };
        if (!user.OrganisationInIdToken) claims[OrganisationClaim] = user.Organisation;
        return Results.Ok(claims);
    }

    private async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(SessionScheme);
        Interlocked.Increment(ref _endSessions);
        // OpenIddict sends the browser to the client's registered post_logout_redirect_uri.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static ClaimsPrincipal Principal(ProviderUser user, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(authenticationType: "provider", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject).SetClaim(Claims.Name, user.Name).SetClaim(OrganisationClaim, user.Organisation);
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name => [Destinations.IdentityToken, Destinations.AccessToken],
            OrganisationClaim => user.OrganisationInIdToken ? [Destinations.IdentityToken] : [],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
