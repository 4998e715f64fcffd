namespace Kennisplatform.Network.Model;

/// <summary>The kinds of things users write; the values are stored and appear in URLs and reports.</summary>
public static class ItemKind
{
    /// <summary>A profile.</summary>
    public const string Profile = "profiel";

    /// <summary>A running project.</summary>
    public const string Project = "project";

    /// <summary>A question to the network.</summary>
    public const string Question = "vraag";

    /// <summary>An answer to a question.</summary>
    public const string Answer = "antwoord";

    /// <summary>Every kind, for checking input.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string> { Profile, Project, Question, Answer };
}
