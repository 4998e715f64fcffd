namespace Kennisplatform.Theme.Models;

/// <summary>A date as shown (Dutch text) and as machine-readable ISO 8601 text.</summary>
public sealed record ShownDate(string Text, string Iso);

/// <summary>One change note as shown on its page.</summary>
public sealed record ChangeItem(ShownDate Date, string Text);

/// <summary>
/// How current a page is, as its page shows it: the latest change (with the list of changes), the last review or,
/// without a review, the last update (first publication or latest change), and who keeps it current.
/// </summary>
public sealed record PageFreshness(
    ShownDate? Changed,
    ShownDate? Reviewed,
    ShownDate? Updated,
    string? Owner,
    IReadOnlyList<ChangeItem> Changes,
    ShownDate? Published);
