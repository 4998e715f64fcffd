using System.Security.Claims;
using Kennisplatform.Host.Access;

namespace Kennisplatform.Host.Tests.Access;

public class OrganisationClaimTests
{
    private static List<string> Organisations(params (string Type, string Value)[] claims)
    {
        var identity = new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc");
        OrganisationClaim.Normalise(identity, "org");
        return identity.FindAll(PlatformClaims.Organisation).Select(c => c.Value).ToList();
    }

    [Fact]
    public void The_providers_claim_becomes_our_single_claim() =>
        Assert.Equal(["Politie"], Organisations(("org", "Politie")));

    [Fact]
    public void A_raw_organisation_claim_from_the_provider_is_not_kept_beside_ours() =>
        Assert.Equal(["Stichting Voorbeeld"], Organisations((PlatformClaims.Organisation, "Politie"), ("org", "Stichting Voorbeeld")));

    [Fact]
    public void Two_different_organisations_give_none() =>
        Assert.Empty(Organisations(("org", "Politie"), ("org", "Stichting Voorbeeld")));

    [Fact]
    public void The_same_organisation_from_id_token_and_userinfo_gives_one() =>
        Assert.Equal(["Politie"], Organisations(("org", "Politie"), ("org", "politie")));
}
