using Lucene.Net.Index;

namespace Kennisplatform.Search;

/// <summary>What a result shows of one document: every stored field but the body and the headings.</summary>
public sealed record ResultEntry(
    string Url,
    string Title,
    string Type,
    string TypeLabel,
    string Summary,
    string? Date,
    string? DateText,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> ThemeLabels,
    bool Restricted,
    string? Updated,
    string? Change);

/// <summary>
/// The <see cref="ResultEntry"/> of every document, read once per opened index (the index never changes under its
/// reader): showing a hit is then an array lookup instead of decompressing and decoding its stored document, body and
/// all. About a kilobyte per document (10 MB for 10 000 pages); labels repeated across documents are kept once.
/// </summary>
public sealed class ResultFields
{
    private static readonly HashSet<string> Shown =
    [
        IndexFields.Url, IndexFields.Title, IndexFields.Type, IndexFields.TypeLabel, IndexFields.Summary, IndexFields.Date,
        IndexFields.DateText, IndexFields.Themes, IndexFields.ThemeLabels, IndexFields.Access, IndexFields.Updated, IndexFields.Change,
    ];

    private readonly ResultEntry?[] _entries;

    /// <summary>Reads the shown fields of every live document of <paramref name="reader"/>.</summary>
    public ResultFields(IndexReader reader)
    {
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? value) => value is null ? null : shared.TryGetValue(value, out var kept) ? kept : shared[value] = value;
        string[] SharedAll(string[]? values) => values is null or [] ? [] : values.Select(v => Shared(v)!).ToArray();

        var live = MultiFields.GetLiveDocs(reader);
        _entries = new ResultEntry?[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var stored = reader.Document(doc, Shown);
            _entries[doc] = new ResultEntry(
                stored.Get(IndexFields.Url),
                stored.Get(IndexFields.Title) ?? "",
                Shared(stored.Get(IndexFields.Type)) ?? "",
                Shared(stored.Get(IndexFields.TypeLabel)) ?? "",
                stored.Get(IndexFields.Summary) ?? "",
                Shared(stored.Get(IndexFields.Date)),
                Shared(stored.Get(IndexFields.DateText)),
                SharedAll(stored.GetValues(IndexFields.Themes)),
                SharedAll(stored.GetValues(IndexFields.ThemeLabels)),
                stored.Get(IndexFields.Access) == "besloten",
                Shared(stored.Get(IndexFields.Updated)),
                stored.Get(IndexFields.Change));
        }
    }

    /// <summary>The entry of a live document (top-level document number).</summary>
    public ResultEntry this[int doc] => _entries[doc] ?? throw new ArgumentOutOfRangeException(nameof(doc), doc, "not a live document");
}
