using Kennisplatform.Pages;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>
/// Per public document, the words of the word list inside its analysed texts and those of them that could end a
/// compound (<see cref="CompoundCandidates.Of"/>): they follow from the document's file and the list, so they are kept
/// with the file (<see cref="ContentCache.Derived"/>, for this list) and worked out only for new or edited files. The
/// heads key the index parts (<see cref="ForParts"/>); all of them, over the whole content, are the dictionary's modifiers.
/// </summary>
internal sealed class DocumentCompoundCandidates
{
    private readonly IndexInput _indexed;
    private readonly IReadOnlyList<RenderedDocument> _documents;
    private readonly ContentCache? _contentCache;
    private readonly string _kind;
    private readonly Lazy<CompoundCandidates> _candidates;
    // Each document's candidates once found or read: the dictionary and the part keys both ask for them.
    private readonly CompoundCandidates.Found?[] _found;

    /// <summary>
    /// The candidates of <paramref name="documents"/> (with their index entries <paramref name="indexed"/>) for
    /// <paramref name="wordList"/>, kept in <paramref name="contentCache"/> when there is one; the list's tree is kept in
    /// <paramref name="treeFolder"/> when given.
    /// </summary>
    public DocumentCompoundCandidates(IndexInput indexed, IReadOnlyList<RenderedDocument> documents, WordList wordList,
        ContentCache? contentCache, string? treeFolder)
    {
        (_indexed, _documents, _contentCache) = (indexed, documents, contentCache);
        _found = new CompoundCandidates.Found?[documents.Count];
        ListKey = wordList.Key;
        _kind = "compounds-v2-" + wordList.Key[..16];
        if (contentCache is not null)
        {
            foreach (var rendered in documents) contentCache.Retain(rendered.Document, _kind);
        }
        // Built or read back only when a document's candidates are not kept with it (an edited page).
        _candidates = new(() => treeFolder is null ? wordList.Candidates : CompoundCandidates.Kept(wordList, treeFolder));
    }

    /// <summary>The key of the word list.</summary>
    public string ListKey { get; }

    /// <summary>The candidates of the document at <paramref name="i"/>.</summary>
    public CompoundCandidates.Found Of(int i)
    {
        if (Volatile.Read(ref _found[i]) is { } found) return found;
        if (_contentCache is null)
        {
            found = Find(i);
        }
        else
        {
            CompoundCandidates.Found? made = null;
            var lines = _contentCache.Derived(_documents[i].Document, _kind, () => Lines(made = Find(i)));
            found = made ?? Parse(lines) ?? Find(i);
        }
        Volatile.Write(ref _found[i], found);
        return found;
    }

    /// <summary>All candidates of the file with the content key <paramref name="key"/>, as kept by an earlier build; null when not kept.</summary>
    public IReadOnlyCollection<string>? KeptAll(string key) =>
        _contentCache?.Kept(key, _kind) is { } lines && Parse(lines) is { } found ? found.All : null;

    /// <summary>The heads per document, which key the index parts.</summary>
    public DocumentCandidates ForParts => new(ListKey, i => Of(i).Heads);

    private CompoundCandidates.Found Find(int i) => _candidates.Value.Of(SearchIndexWriter.AnalysedTexts(_indexed[i]));

    // Kept as lines: the number of heads, the heads, then the other candidates.
    private static string[] Lines(CompoundCandidates.Found found)
    {
        var heads = found.Heads.ToHashSet(StringComparer.Ordinal);
        return [found.Heads.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), .. found.Heads, .. found.All.Where(w => !heads.Contains(w))];
    }

    private static CompoundCandidates.Found? Parse(IReadOnlyCollection<string> kept)
    {
        var lines = kept as IReadOnlyList<string> ?? kept.ToList();
        if (lines.Count == 0 || !int.TryParse(lines[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var heads)
            || heads > lines.Count - 1)
        {
            return null;
        }
        var all = lines.Skip(1).ToList();
        return new CompoundCandidates.Found(all, all.GetRange(0, heads));
    }
}
