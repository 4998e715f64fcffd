using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.VectorHighlight;

namespace Kennisplatform.Search;

/// <summary>
/// The snippet of a result: the best passage of the body, in whole sentences where they are close, with the query's
/// words marked (a phrase as one mark), from Lucene.Net.Highlighter's <see cref="FastVectorHighlighter"/> on the body's
/// term vectors (positions and offsets, stored for this and for related pages). Chosen over the earlier hand-written
/// passage picker after a measured comparison (docs/search.md). Thread-safe: one per opened index.
/// </summary>
public sealed class PassageHighlighter(int fragmentLength = 220)
{
    private static readonly string[] Open = ["<mark>"];
    private static readonly string[] Close = ["</mark>"];

    // fieldMatch: only the query's clauses on the highlighted field count (the query also searches title and summary).
    private readonly FastVectorHighlighter _highlighter = new(phraseHighlight: true, fieldMatch: true);
    private readonly SimpleFragListBuilder _fragLists = new();
    private readonly ScoreOrderFragmentsBuilder _fragments = new(Open, Close, new SentenceBoundaryScanner());
    private readonly WebEncoder _encoder = new();

    /// <summary>The query in the highlighter's form; worked out once per search, used for every hit.</summary>
    public FieldQuery Prepare(Query query, IndexReader reader) => _highlighter.GetFieldQuery(query, reader);

    /// <summary>Safe HTML for the best passage of <paramref name="field"/> in <paramref name="doc"/>, or null when no query word occurs in it.</summary>
    public string? Build(FieldQuery query, IndexReader reader, int doc, string field)
    {
        var fragment = _highlighter.GetBestFragment(query, reader, doc, field, fragmentLength, _fragLists, _fragments, Open, Close, _encoder)?.Trim();
        if (string.IsNullOrEmpty(fragment)) return null;
        // A passage that does not begin or end a sentence says so, as the hand-written snippets did.
        if (char.IsLower(fragment[0])) fragment = "… " + fragment;
        if (fragment[^1] is not ('.' or '!' or '?' or ':')) fragment += " …";
        return fragment;
    }

    // The same encoding as every other text the site shows (Lucene's SimpleHTMLEncoder also writes / as &#x2F;).
    private sealed class WebEncoder : IEncoder
    {
        public string EncodeText(string originalText) => System.Net.WebUtility.HtmlEncode(originalText);
    }
}
