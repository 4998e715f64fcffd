namespace Kennisplatform.Content;

/// <summary>What kind of value a front-matter field holds.</summary>
public enum FieldKind
{
    Text,
    TextList,
    Date,
    Boolean,
    Choice,
    /// <summary>A list of slugs of the terms of a taxonomy (<see cref="FieldRule.Taxonomy"/>).</summary>
    TermList,
    PublicationList,
    PathList,
    /// <summary>A full calendar date, <c>YYYY-MM-DD</c>.</summary>
    Day,
    /// <summary>A publication slug or an absolute https URL of an external original.</summary>
    PublicationOrUrl,
    /// <summary>A list of change notes (<see cref="Content.ChangeNotes"/>).</summary>
    ChangeNotes,
}

/// <summary>
/// One field of a document type: its name, kind, whether it is required, (for a choice) its values, and the Dutch
/// label under which the document page shows it (<see cref="Label"/>; null for fields the page does not list); a
/// <see cref="FieldKind.TermList"/> names the key of its <see cref="Taxonomy"/>.
/// </summary>
public sealed record FieldRule(string Name, FieldKind Kind, bool Required, IReadOnlyList<string>? Choices = null, string? Label = null,
    string? Taxonomy = null)
{
    /// <summary>A list of the terms of a taxonomy.</summary>
    public static FieldRule Terms(string name, string taxonomy, bool required) => new(name, FieldKind.TermList, required, Taxonomy: taxonomy);

    /// <summary>The same field, listed on the document page under a label.</summary>
    public FieldRule Shown(string label) => this with { Label = label };

    /// <summary>A required field.</summary>
    public static FieldRule Req(string name, FieldKind kind, params string[] choices) =>
        new(name, kind, true, choices.Length > 0 ? choices : null);

    /// <summary>An optional field.</summary>
    public static FieldRule Opt(string name, FieldKind kind, params string[] choices) =>
        new(name, kind, false, choices.Length > 0 ? choices : null);
}
