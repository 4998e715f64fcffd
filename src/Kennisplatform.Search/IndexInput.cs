namespace Kennisplatform.Search;

/// <summary>
/// The documents an index is written from, each made only when something needs it. The URLs (which cut the documents
/// into parts) are known up front; a document itself, with its texts, is made for the parts that are analysed again or
/// whose key the last build does not know. With <see cref="InputKey"/>, a key of everything a document's
/// <see cref="IndexDocument"/> follows from (its content file, the code, what it takes from the rest of the site), a part
/// whose documents' input keys are those of the last build takes its key from <see cref="PartKeyMemo"/> without any of
/// its documents being made.
/// </summary>
public sealed class IndexInput
{
    private readonly Func<int, IndexDocument> _make;
    private readonly Func<int, string?>? _inputKey;
    private readonly IndexDocument?[] _made;

    /// <summary>Documents made already: no input keys, every part key is worked out from its documents.</summary>
    public IndexInput(IReadOnlyList<IndexDocument> documents)
        : this(documents.Select(d => d.Url).ToList(), i => documents[i])
    {
    }

    /// <summary>
    /// <paramref name="urls"/> in index order; <paramref name="make"/> makes the document at a position (called at most
    /// a few times per document, from any thread); <paramref name="inputKey"/> gives its input key, or null when it has none.
    /// </summary>
    public IndexInput(IReadOnlyList<string> urls, Func<int, IndexDocument> make, Func<int, string?>? inputKey = null)
    {
        Urls = urls;
        _make = make;
        _inputKey = inputKey;
        _made = new IndexDocument?[urls.Count];
    }

    /// <summary>The documents' URLs, in index order.</summary>
    public IReadOnlyList<string> Urls { get; }

    /// <summary>How many documents.</summary>
    public int Count => Urls.Count;

    /// <summary>How many documents were made so far (for tests and reports).</summary>
    public int Made => _made.Count(d => d is not null);

    /// <summary>The document at <paramref name="position"/>, made on first use and kept.</summary>
    public IndexDocument this[int position] => _made[position] ??= _make(position);

    /// <summary>The input key of the document at <paramref name="position"/>, or null when it has none.</summary>
    public string? InputKey(int position) => _inputKey?.Invoke(position);
}
