namespace Kennisplatform.Network.Model;

/// <summary>A running project, registered at its start so that others find it while it runs.</summary>
public sealed record Project
{
    /// <summary>The number in its URL.</summary>
    public long Id { get; init; }

    /// <summary>The user name of its contact profile.</summary>
    public string Owner { get; init; } = "";

    /// <summary>The title.</summary>
    public string Title { get; init; } = "";

    /// <summary>What it wants to achieve.</summary>
    public string Goal { get; init; } = "";

    /// <summary>One of <see cref="ProjectPhase.All"/>.</summary>
    public string Phase { get; init; } = ProjectPhase.Start;

    /// <summary>The start date (ISO).</summary>
    public string StartDate { get; init; } = "";

    /// <summary>The public practice page it later led to, if any (a local path).</summary>
    public string? PracticeUrl { get; init; }

    /// <summary>Theme slugs.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Region slugs.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Partner organisations.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>When it was last saved.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The version read, for optimistic concurrency.</summary>
    public int Version { get; init; }

    /// <summary>Set when a moderator hid it.</summary>
    public Moderation? Hidden { get; init; }
}

/// <summary>The phases of a project.</summary>
public static class ProjectPhase
{
    /// <summary>Just started.</summary>
    public const string Start = "opstart";

    /// <summary>Every phase with its label, in order.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> All =
    [
        (Start, "Opstart"), ("uitvoering", "Uitvoering"), ("evaluatie", "Evaluatie"), ("afgerond", "Afgerond"),
    ];

    /// <summary>The label of a phase.</summary>
    public static string Label(string key) => All.FirstOrDefault(p => p.Key == key).Label ?? key;
}
