using System.Security.Claims;

namespace Kennisplatform.Host.Access;

/// <summary>Turns the identity provider's organisation claim into exactly one claim of ours, or none.</summary>
public static class OrganisationClaim
{
    /// <summary>
    /// Removes every organisation claim (ours, and the provider's named <paramref name="providerClaim"/>, from the ID
    /// token and from userinfo alike) and adds back one of ours when they all name the same organisation. Two different
    /// organisations give none: the policy then refuses (fail closed).
    /// </summary>
    public static void Normalise(ClaimsIdentity identity, string providerClaim)
    {
        var found = identity.Claims.Where(c => c.Type == providerClaim || c.Type == PlatformClaims.Organisation).ToList();
        var values = found.Where(c => c.Type == providerClaim).Select(c => c.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var claim in found) identity.TryRemoveClaim(claim);
        if (values.Count == 1 && values[0].Length > 0) identity.AddClaim(new Claim(PlatformClaims.Organisation, values[0]));
    }
}
