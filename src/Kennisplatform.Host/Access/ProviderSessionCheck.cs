using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Access;

/// <summary>
/// Re-asks the identity provider about a session it started, at most once per
/// <see cref="OpenIdConnectSettings.RecheckInterval"/>: a new access token (and ID token) with the refresh token, then
/// userinfo. The organisation the provider names now replaces the session's, so that the covenant policy decides on
/// today's answer; a session the provider does not confirm ends (fail closed).
/// </summary>
public sealed class ProviderSessionCheck(
    IOptionsMonitor<OpenIdConnectOptions> providers, IOptions<AccessOptions> access, TimeProvider time, AuditLog audit,
    ILogger<ProviderSessionCheck> log)
{
    /// <summary>The session property holding when the provider last confirmed the session.</summary>
    public const string CheckedItem = ".kp.checked";

    /// <summary>Marks <paramref name="properties"/> as confirmed by the provider now.</summary>
    public void Stamp(AuthenticationProperties properties) =>
        properties.Items[CheckedItem] = time.GetUtcNow().ToString("o", CultureInfo.InvariantCulture);

    /// <summary>The cookie handler's validation: sessions of the users file pass, the provider's are re-checked when due.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity { AuthenticationType: AccessSetup.ExternalScheme } identity) return;
        var settings = access.Value.OpenIdConnect;
        var now = time.GetUtcNow();
        if (settings is not null && context.Properties.Items.TryGetValue(CheckedItem, out var stamp) &&
            DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last) &&
            last <= now && now - last < settings.RecheckInterval)
        {
            return;
        }

        var confirmed = settings is null ? null : await AskAsync(identity, context.Properties, settings, context.HttpContext.RequestAborted);
        if (confirmed is null)
        {
            audit.Session(context.Principal, "niet bevestigd door de identiteitsprovider, uitgelogd");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var before = identity.FindFirst(PlatformClaims.Organisation)?.Value;
        var after = confirmed.FindFirst(PlatformClaims.Organisation)?.Value;
        if (!string.Equals(before, after, StringComparison.Ordinal)) audit.Session(new ClaimsPrincipal(confirmed), $"organisatie was {before ?? "-"}");
        Stamp(context.Properties);
        context.ReplacePrincipal(new ClaimsPrincipal(confirmed));
        context.ShouldRenew = true;
    }

    // The session's identity with the organisation the provider names today, or null when it does not confirm it.
    private async Task<ClaimsIdentity?> AskAsync(ClaimsIdentity identity, AuthenticationProperties properties, OpenIdConnectSettings settings,
        CancellationToken cancel)
    {
        try
        {
            var options = providers.Get(AccessSetup.ExternalScheme);
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancel);
            var subject = identity.FindFirst("sub")?.Value;
            var fresh = new List<Claim>();

            var refreshToken = properties.GetTokenValue(OpenIdConnectParameterNames.RefreshToken);
            var accessToken = properties.GetTokenValue(OpenIdConnectParameterNames.AccessToken);
            if (refreshToken is not null)
            {
                using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        [OpenIdConnectParameterNames.GrantType] = OpenIdConnectGrantTypes.RefreshToken,
                        [OpenIdConnectParameterNames.RefreshToken] = refreshToken,
                        [OpenIdConnectParameterNames.ClientId] = options.ClientId!,
                        [OpenIdConnectParameterNames.ClientSecret] = options.ClientSecret ?? "",
                    }), cancel);
                if (!response.IsSuccessStatusCode) return Refused($"token endpoint answered {(int)response.StatusCode}");
                var tokens = new OpenIdConnectMessage(await response.Content.ReadAsStringAsync(cancel));
                accessToken = tokens.AccessToken;
                if (string.IsNullOrEmpty(accessToken)) return Refused("no access token from the refresh");
                if (!string.IsNullOrEmpty(tokens.IdToken))
                {
                    var parameters = options.TokenValidationParameters.Clone();
                    parameters.ValidIssuer = configuration.Issuer;
                    parameters.ValidAudience = options.ClientId;
                    parameters.IssuerSigningKeys = configuration.SigningKeys;
                    var result = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.IdToken, parameters);
                    if (!result.IsValid || result.ClaimsIdentity.FindFirst("sub")?.Value != subject) return Refused("ID token not valid for this session");
                    fresh.AddRange(result.ClaimsIdentity.FindAll(settings.OrganisationClaim));
                }
                StoreTokens(properties, tokens, refreshToken);
            }
            else if (accessToken is null || properties.GetTokenValue("expires_at") is { } expires &&
                     DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var end) && end <= time.GetUtcNow())
            {
                return Refused("no refresh token and no valid access token");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, configuration.UserInfoEndpoint);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var userInfo = await options.Backchannel.SendAsync(request, cancel);
            if (!userInfo.IsSuccessStatusCode) return Refused($"userinfo answered {(int)userInfo.StatusCode}");
            using var json = JsonDocument.Parse(await userInfo.Content.ReadAsStringAsync(cancel));
            if (!json.RootElement.TryGetProperty("sub", out var sub) || sub.GetString() != subject) return Refused("userinfo names another subject");
            if (json.RootElement.TryGetProperty(settings.OrganisationClaim, out var organisation) && organisation.ValueKind == JsonValueKind.String)
            {
                fresh.Add(new Claim(settings.OrganisationClaim, organisation.GetString()!));
            }

            var confirmed = identity.Clone();
            foreach (var claim in confirmed.FindAll(c => c.Type == PlatformClaims.Organisation || c.Type == settings.OrganisationClaim).ToList())
            {
                confirmed.TryRemoveClaim(claim);
            }
            confirmed.AddClaims(fresh);
            OrganisationClaim.Normalise(confirmed, settings.OrganisationClaim);
            return confirmed;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or TaskCanceledException or ArgumentException)
        {
            // Unreachable or garbled: the provider did not confirm the session.
            return Refused(e.Message);
        }

        ClaimsIdentity? Refused(string reason)
        {
            log.LogWarning("The identity provider did not confirm the session of {User}: {Reason}", identity.Name, reason);
            return null;
        }
    }

    /// <summary>
    /// Keeps the ID token (for signing out at the provider) and the refresh token (for the re-check); the access token
    /// only when there is no refresh token, since a re-check asks for a fresh one anyway. Tokens are the bulk of the
    /// session cookie, which must fit in one header line of the proxy.
    /// </summary>
    public static void KeepNeededTokens(AuthenticationProperties properties)
    {
        var tokens = properties.GetTokens().ToList();
        var refreshable = tokens.Any(t => t.Name == OpenIdConnectParameterNames.RefreshToken && !string.IsNullOrEmpty(t.Value));
        properties.StoreTokens(tokens.Where(t => t.Name == OpenIdConnectParameterNames.IdToken ||
            (refreshable ? t.Name == OpenIdConnectParameterNames.RefreshToken : t.Name is OpenIdConnectParameterNames.AccessToken or "expires_at")));
    }

    // The refreshed tokens replace the saved ones; a provider that does not rotate refresh tokens keeps the old one.
    private static void StoreTokens(AuthenticationProperties properties, OpenIdConnectMessage tokens, string refreshToken)
    {
        var saved = properties.GetTokens().ToDictionary(t => t.Name, t => t.Value);
        saved[OpenIdConnectParameterNames.RefreshToken] = string.IsNullOrEmpty(tokens.RefreshToken) ? refreshToken : tokens.RefreshToken;
        if (!string.IsNullOrEmpty(tokens.IdToken)) saved[OpenIdConnectParameterNames.IdToken] = tokens.IdToken;
        properties.StoreTokens(saved.Select(t => new AuthenticationToken { Name = t.Key, Value = t.Value }));
    }
}
