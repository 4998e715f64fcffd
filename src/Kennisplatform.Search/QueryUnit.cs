namespace Kennisplatform.Search;

/// <summary>One wording of a query unit, analysed once: what it says, how much it weighs, and its terms.</summary>
public sealed record QueryAlternative(string Text, float Weight, IReadOnlyList<(string Term, int Position)> Terms);

/// <summary>
/// One thing a query asks for (a word, a quoted phrase, a glossary term or a compound typed as two words), with its
/// alternative wordings; an excluded unit removes the pages that contain it.
/// </summary>
public sealed record QueryUnit(IReadOnlyList<QueryAlternative> Alternatives, bool Excluded);
