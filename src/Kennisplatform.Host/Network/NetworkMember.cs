using System.Security.Claims;
using Kennisplatform.Host.Access;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Host.Network;

/// <summary>The signed-in professional as the network knows them: name, organisation and role come from sign-in.</summary>
public static class NetworkMember
{
    /// <summary>The role that may hide and restore items.</summary>
    public const string ModeratorRole = "moderator";

    /// <summary>The member behind the request's user.</summary>
    public static Member Of(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? throw new InvalidOperationException("The network needs a signed-in user."),
        user.FindFirst("name")?.Value ?? user.Identity.Name,
        user.FindFirst(PlatformClaims.Organisation)?.Value ?? "",
        user.FindAll(PlatformClaims.Role).Any(r => string.Equals(r.Value, ModeratorRole, StringComparison.OrdinalIgnoreCase)),
        user.FindFirst(ClaimTypes.Email)?.Value ?? user.FindFirst("email")?.Value);
}
