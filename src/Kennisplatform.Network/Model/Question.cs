namespace Kennisplatform.Network.Model;

/// <summary>A question to the network with its answers.</summary>
public sealed record Question
{
    /// <summary>The number in its URL.</summary>
    public long Id { get; init; }

    /// <summary>The asker's user name; null when the asker deleted their data and the question was anonymised.</summary>
    public string? Author { get; init; }

    /// <summary>The question in one line.</summary>
    public string Title { get; init; } = "";

    /// <summary>The explanation (Markdown subset).</summary>
    public string Body { get; init; } = "";

    /// <summary>Theme slugs.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Region slugs.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>When it was asked.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The answer the asker marked as helpful.</summary>
    public long? HelpfulAnswer { get; init; }

    /// <summary>The version read, for optimistic concurrency.</summary>
    public int Version { get; init; }

    /// <summary>Set when a moderator hid it.</summary>
    public Moderation? Hidden { get; init; }

    /// <summary>The answers, oldest first.</summary>
    public IReadOnlyList<Answer> Answers { get; init; } = [];
}

/// <summary>An answer to a question.</summary>
public sealed record Answer
{
    /// <summary>Its number.</summary>
    public long Id { get; init; }

    /// <summary>The question it answers.</summary>
    public long QuestionId { get; init; }

    /// <summary>The author's user name; null when anonymised.</summary>
    public string? Author { get; init; }

    /// <summary>The text (Markdown subset).</summary>
    public string Body { get; init; } = "";

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when a moderator hid it.</summary>
    public Moderation? Hidden { get; init; }
}
