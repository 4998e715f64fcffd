namespace Kennisplatform.Testing.Identity;

/// <summary>
/// A person known to <see cref="TestIdentityProvider"/>. Their organisation and whether the provider still knows them
/// can change while they are signed in, as at a real provider.
/// </summary>
public sealed class ProviderUser(string subject, string name, string organisation, bool organisationInIdToken)
{
    private volatile string _organisation = organisation;
    private volatile bool _active = true;

    /// <summary>The stable subject identifier (and the name typed on the provider's sign-in page).</summary>
    public string Subject { get; } = subject;

    /// <summary>The display name.</summary>
    public string Name { get; } = name;

    /// <summary>
    /// True: the organisation is in the ID token only (userinfo leaves it out); false: only userinfo gives it.
    /// </summary>
    public bool OrganisationInIdToken { get; } = organisationInIdToken;

    /// <summary>The organisation the provider names today.</summary>
    public string Organisation { get => _organisation; set => _organisation = value; }

    /// <summary>False once the provider no longer confirms this person (left, or blocked): refreshes are refused.</summary>
    public bool Active { get => _active; set => _active = value; }
}
