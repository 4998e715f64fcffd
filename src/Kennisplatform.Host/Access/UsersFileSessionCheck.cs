using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kennisplatform.Host.Access;

/// <summary>
/// Holds every session signed in with the users file to the file as this host read it, on each request: a user no
/// longer in it is signed out, and a changed name, organisation or role applies at once. So removing someone from the
/// file and restarting the hosts ends their access, although their cookie is still valid (fail closed).
/// </summary>
public sealed class UsersFileSessionCheck(UserStore users, AuditLog audit)
{
    /// <summary>The cookie handler's validation for sessions of the users file; other sessions pass untouched.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity { AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme } identity) return;
        var user = identity.Name is { } name ? users.Find(name) : null;
        if (user is null)
        {
            audit.Session(context.Principal, "niet meer in het gebruikersbestand, uitgelogd");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var current = UserClaims.Of(user);
        if (SameClaims(identity, current)) return;
        audit.Session(new ClaimsPrincipal(current), $"gegevens gewijzigd in het gebruikersbestand (organisatie was {identity.FindFirst(PlatformClaims.Organisation)?.Value ?? "-"})");
        context.ReplacePrincipal(new ClaimsPrincipal(current));
        context.ShouldRenew = true;
    }

    private static bool SameClaims(ClaimsIdentity session, ClaimsIdentity current) =>
        current.Claims.All(c => session.FindAll(c.Type).Select(s => s.Value).SequenceEqual([c.Value], StringComparer.Ordinal));
}
