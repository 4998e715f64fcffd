namespace Kennisplatform.Content;

/// <summary>
/// One substantive change to a page, from its <c>wijzigingen:</c> list: the day it was made and one line saying what
/// changed. Typo fixes get no note, so a note is what followers of a feed are told about.
/// </summary>
public sealed record ChangeNote(DateOnly Date, string Text);
