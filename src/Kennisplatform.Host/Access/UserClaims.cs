using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kennisplatform.Host.Access;

/// <summary>The session identity of a user of the users file: what sign-in issues and what each request is held to.</summary>
public static class UserClaims
{
    /// <summary>The identity of <paramref name="user"/> as the users file describes them now.</summary>
    public static ClaimsIdentity Of(PlatformUser user) => new(
    [
        new Claim(ClaimTypes.Name, user.Username),
        new Claim("name", user.Name),
        new Claim(PlatformClaims.Organisation, user.Organisation),
        new Claim(PlatformClaims.Role, user.Role),
    ], CookieAuthenticationDefaults.AuthenticationScheme);
}
