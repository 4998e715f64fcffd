namespace Kennisplatform.Search;

/// <summary>
/// Per document, by its position, the words of a word list its <see cref="SearchIndexWriter.AnalysedTexts"/> could be
/// split into (<see cref="CompoundCandidates"/>), with the key of that word list (<see cref="ListKey"/>): the candidates
/// follow from a document and the list, so what is kept of them is kept for this list only.
/// </summary>
public sealed record DocumentCandidates(string ListKey, Func<int, IReadOnlyCollection<string>> Of);
