namespace Kennisplatform.Host;

/// <summary>The limits of search: per-client rate, time per search and the memory of its response cache (configuration section <c>Zoeken</c>).</summary>
public sealed class SearchLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Zoeken";

    /// <summary>Searches per minute one client may make in the long run.</summary>
    public int PerMinute { get; set; } = 120;

    /// <summary>Searches one client may make at once before the steady rate applies.</summary>
    public int Burst { get; set; } = 30;

    /// <summary>
    /// How long one search may run before it stops with a friendly message (well within the host's 15-second request
    /// timeout, which also stops it). Zero stops every search at once.
    /// </summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The most memory the rendered responses of anonymous searches may take (<see cref="SearchResponseCache"/>);
    /// zero turns the cache off.
    /// </summary>
    public long ResponseCacheBytes { get; set; } = 32L * 1024 * 1024;
}
