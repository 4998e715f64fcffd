namespace Kennisplatform.Network.Storage;

/// <summary>The user reached a per-hour limit (posts, messages or reports); nothing was written.</summary>
public sealed class LimitExceededException(string what) : Exception($"Limit reached for {what}.")
{
    /// <summary>What was limited: "berichten", "bijdragen" or "meldingen".</summary>
    public string What { get; } = what;
}
