namespace Kennisplatform.Network.Model;

/// <summary>A professional's profile in the network.</summary>
public sealed record Profile
{
    /// <summary>The number in its URL.</summary>
    public long Id { get; init; }

    /// <summary>The sign-in name it belongs to (never shown).</summary>
    public string Username { get; init; } = "";

    /// <summary>The name from sign-in.</summary>
    public string Name { get; init; } = "";

    /// <summary>The organisation from sign-in.</summary>
    public string Organisation { get; init; } = "";

    /// <summary>The function, as the professional describes it.</summary>
    public string Function { get; init; } = "";

    /// <summary>Expertise in the Markdown subset (no raw HTML).</summary>
    public string Expertise { get; init; } = "";

    /// <summary>"Waar ik nu aan werk".</summary>
    public string CurrentWork { get; init; } = "";

    /// <summary>The address messages are delivered to; shown only when <see cref="ShowEmail"/>.</summary>
    public string? Email { get; init; }

    /// <summary>True when colleagues may see the e-mail address.</summary>
    public bool ShowEmail { get; init; }

    /// <summary>A work phone number, shown when given (opt-in).</summary>
    public string? Phone { get; init; }

    /// <summary>Theme slugs.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Region slugs.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>When it was last saved.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When its owner last wrote anything in the network.</summary>
    public DateTimeOffset LastActivity { get; init; }

    /// <summary>The version read, for optimistic concurrency.</summary>
    public int Version { get; init; }

    /// <summary>Set when a moderator hid it.</summary>
    public Moderation? Hidden { get; init; }
}
