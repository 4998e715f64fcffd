namespace Kennisplatform.Search;

/// <summary>
/// What the index holds of one public page: <see cref="Terms"/> has per taxonomy key (the index field) the slugs of its
/// terms, <see cref="ThemeLabels"/> the titles of its themes for results; <see cref="Weight"/> is a prior that scales
/// all its text fields; <see cref="Updated"/> is the day it was last news and <see cref="Change"/> its latest change
/// line (for feeds).
/// </summary>
public sealed record IndexDocument(
    string Url,
    string Type,
    string TypeLabel,
    string Title,
    string Summary,
    IReadOnlyList<string> Headings,
    string Body,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms,
    IReadOnlyList<string> ThemeLabels,
    string? DateIso,
    string? DateText,
    DateOnly? SortDate,
    float Weight = 1f,
    bool Restricted = false,
    DateOnly? Updated = null,
    string? Change = null);
