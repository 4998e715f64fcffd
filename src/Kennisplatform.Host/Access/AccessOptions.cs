namespace Kennisplatform.Host.Access;

/// <summary>Settings of the closed part (configuration section <c>Toegang</c>).</summary>
public sealed class AccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Toegang";

    /// <summary>
    /// Organisations admitted to the closed part: exact names, or a prefix ending in <c>*</c> ("Gemeente *").
    /// Set per deployment to the RIEC covenant partners.
    /// </summary>
    /// <remarks>
    /// Empty here and filled with <see cref="DefaultCovenantPartners"/> after binding when nothing is configured:
    /// configuration binding appends to an array that already has items, so a default here could not be narrowed.
    /// </remarks>
    public string[] CovenantPartners { get; set; } = [];

    /// <summary>The partners of the RIEC covenant, used when <c>Toegang:CovenantPartners</c> is not set.</summary>
    public static readonly IReadOnlyList<string> DefaultCovenantPartners =
    [
        "Gemeente *", "Provincie *", "Politie", "Openbaar Ministerie", "Belastingdienst", "FIOD", "Douane",
        "Koninklijke Marechaussee", "RIEC *", "LIEC",
    ];

    /// <summary>The embedded user store for local use and tests: a JSON file of users with password hashes.</summary>
    public string? UsersFile { get; set; }

    /// <summary>
    /// The folder holding the keys that sign cookies and form tokens, shared by all hosts behind one proxy; without it
    /// each host keeps its own keys.
    /// </summary>
    public string? KeysFolder { get; set; }

    /// <summary>A PKCS#12 file (.pfx) whose certificate encrypts the keys in <see cref="KeysFolder"/>; required with it.</summary>
    public string? KeysCertificate { get; set; }

    /// <summary>The password of <see cref="KeysCertificate"/>, if any (pass it through the environment, not a file).</summary>
    public string? KeysCertificatePassword { get; set; }

    /// <summary>Failed sign-ins for one user name before it is locked.</summary>
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a lock lasts.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins from one address before it is locked (against guessing many user names).</summary>
    public int AddressLockoutAttempts { get; set; } = 20;

    /// <summary>The identity provider for production, when set.</summary>
    public OpenIdConnectSettings? OpenIdConnect { get; set; }

    /// <summary>True when the organisation is one of the covenant partners.</summary>
    public bool IsCovenantPartner(string? organisation) =>
        !string.IsNullOrWhiteSpace(organisation) && CovenantPartners.Any(p => p.EndsWith('*')
            ? organisation.StartsWith(p[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(organisation, p, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An OpenID Connect identity provider.</summary>
public sealed class OpenIdConnectSettings
{
    /// <summary>The issuer, e.g. https://login.example.nl.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Our client id at the provider.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Our client secret at the provider.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The claim that names the user's organisation.</summary>
    public string OrganisationClaim { get; set; } = "organisation";

    /// <summary>The name shown on the sign-in button.</summary>
    public string DisplayName { get; set; } = "uw organisatie";

    /// <summary>
    /// The scopes asked for, space-separated. <c>offline_access</c> brings a refresh token, with which the session is
    /// re-checked without the user (see <see cref="RecheckInterval"/>).
    /// </summary>
    public string Scope { get; set; } = "openid profile offline_access";

    /// <summary>
    /// How often a session is re-checked with the provider (refresh token, then userinfo); the organisation it names
    /// then replaces the session's. When the provider does not confirm the session, it ends (fail closed).
    /// </summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
