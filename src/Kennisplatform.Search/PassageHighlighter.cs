using System.Buffers;
using System.Net;
using System.Numerics;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// The snippet of a result: the passage of the body with the most of the query's units (then the most matches, then
/// the earliest), about <paramref name="fragmentLength"/> characters widened to whole sentences where they are close,
/// with every match marked (a phrase as one mark), HTML-encoded. It reads only the query's own terms: their offsets
/// from the body's postings (<see cref="PassageTargets"/>) and the text from <see cref="StoredBody"/>. Thread-safe:
/// one per opened index.
/// </summary>
public sealed class PassageHighlighter(int fragmentLength = 220)
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    // The passage begins a little before its first match, or at the text's start when the match is that close.
    private const int Margin = 6;

    private readonly SentenceBoundaryScanner _boundaries = new();

    /// <summary>
    /// What a search marks; worked out once per search, used for every hit (by one thread). With
    /// <paramref name="lookup"/>, through the enumerators that thread keeps.
    /// </summary>
    public PassageTargets Prepare(QueryPlan plan, TermLookup? lookup = null) => PassageTargets.From(plan, lookup);

    /// <summary>Safe HTML for the best passage of the body of <paramref name="doc"/>, or null when no query word occurs in it.</summary>
    public string? Build(PassageTargets targets, IndexReader reader, int doc)
    {
        if (targets.IsEmpty) return null;
        var leaves = reader.Leaves;
        var ordinal = ReaderUtil.SubIndex(doc, leaves);
        var segment = leaves[ordinal].AtomicReader;
        var local = doc - leaves[ordinal].DocBase;
        var matches = targets.Matches(ordinal, segment, local);
        if (matches.Count == 0) return null;
        var bytes = new BytesRef();
        if (!StoredBody.Read(segment, local, bytes)) return null;
        // The text is decoded into a borrowed buffer: a page's body is kilobytes, the passage a few hundred characters.
        var buffer = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(bytes.Bytes, bytes.Offset, bytes.Length, buffer, 0);
            return Passage(buffer.AsSpan(0, length), matches);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private string? Passage(ReadOnlySpan<char> text, List<PassageTargets.Match> matches)
    {
        var length = text.Length;
        matches.RemoveAll(m => m.End > length); // text and postings of another build: never cut outside the text
        if (matches.Count == 0) return null;

        var (first, last) = BestWindow(matches);
        var start = matches[first].Start < 3 * Margin ? 0 : matches[first].Start - Margin;
        var end = Math.Min(text.Length, Math.Max(start + fragmentLength, matches[last].End));
        start = _boundaries.FindStartOffset(text, start);
        end = _boundaries.FindEndOffset(text, end);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start >= end) return null;

        var html = new StringBuilder(end - start + 64);
        // A passage that does not begin or end a sentence says so.
        if (char.IsLower(text[start])) html.Append("… ");
        var at = start;
        foreach (var m in matches)
        {
            if (m.Start < at || m.End > end) continue;
            html.Append(Encoded(text[at..m.Start])).Append(Open).Append(Encoded(text[m.Start..m.End])).Append(Close);
            at = m.End;
        }
        html.Append(Encoded(text[at..end]));
        if (text[end - 1] is not ('.' or '!' or '?' or ':')) html.Append(" …");
        return html.ToString();
    }

    private static string Encoded(ReadOnlySpan<char> text) => WebUtility.HtmlEncode(new string(text));

    // The window of at most fragmentLength characters whose matches cover the most units, then hold the most matches;
    // the earliest on a tie (the opening of a text explains more than a list further down).
    private (int First, int Last) BestWindow(List<PassageTargets.Match> matches)
    {
        var best = (First: 0, Last: 0);
        var bestScore = (Units: -1, Count: -1);
        for (var first = 0; first < matches.Count; first++)
        {
            var units = matches[first].Units;
            var last = first;
            while (last + 1 < matches.Count && matches[last + 1].End - matches[first].Start <= fragmentLength) units |= matches[++last].Units;
            var score = (BitOperations.PopCount(units), last - first + 1);
            if (score.CompareTo(bestScore) > 0) (best, bestScore) = ((first, last), score);
        }
        return best;
    }
}
