namespace Kennisplatform.Host.Access;

/// <summary>The claims and policy of the closed part.</summary>
public static class PlatformClaims
{
    /// <summary>The user's organisation.</summary>
    public const string Organisation = "organisation";

    /// <summary>The user's role in the organisation.</summary>
    public const string Role = "role";

    /// <summary>The policy that admits only professionals of RIEC covenant partners.</summary>
    public const string CovenantPolicy = "Convenantpartner";
}
