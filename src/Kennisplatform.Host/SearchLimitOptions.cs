namespace Kennisplatform.Host;

/// <summary>The per-client search limit (configuration section <c>Zoeken</c>).</summary>
public sealed class SearchLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Zoeken";

    /// <summary>Searches per minute one client may make in the long run.</summary>
    public int PerMinute { get; set; } = 120;

    /// <summary>Searches one client may make at once before the steady rate applies.</summary>
    public int Burst { get; set; } = 30;
}
