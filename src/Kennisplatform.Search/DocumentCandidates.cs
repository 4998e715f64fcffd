namespace Kennisplatform.Search;

/// <summary>
/// Per document, by its position, the words of a word list that could be the last part of a compound in its
/// <see cref="SearchIndexWriter.AnalysedTexts"/> (<see cref="CompoundCandidates.Found.Heads"/>), with the key of that
/// word list (<see cref="ListKey"/>): they follow from a document and the list, so what is kept of them is kept for this
/// list only. Only these entries of the compound dictionary can change how the document is analysed (the parts before
/// the last are any words of the list found in it, <see cref="CompoundDictionary.Modifiers"/>).
/// </summary>
public sealed record DocumentCandidates(string ListKey, Func<int, IReadOnlyCollection<string>> Heads);
