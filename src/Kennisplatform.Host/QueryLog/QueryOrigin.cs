namespace Kennisplatform.Host.QueryLog;

/// <summary>Whose search it was, which decides whether its text may be kept.</summary>
public enum QueryOrigin
{
    /// <summary>An anonymous visitor's search: the normalized text is kept in the aggregate.</summary>
    Public,

    /// <summary>A signed-in user's search: only counted, never with its text.</summary>
    SignedIn,

    /// <summary>A public search whose text looks like personal data (an e-mail address, a long number): only counted.</summary>
    Withheld,
}
