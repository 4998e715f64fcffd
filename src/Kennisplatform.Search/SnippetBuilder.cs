using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// Picks the passage of a text where the query's terms are densest and marks them with <c>&lt;mark&gt;</c>.
/// Written on Lucene's token streams because Lucene.Net.Highlighter is not available here.
/// </summary>
public sealed class SnippetBuilder(Analyzer analyzer, int maxLength = 220)
{
    private sealed record Hit(int Start, int End, string Term);

    /// <summary>Safe HTML for the best passage of <paramref name="text"/>, or null when no term occurs in it.</summary>
    public string? Build(string field, string text, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0) return null;
        return Build(text, Hits(field, text, terms));
    }

    /// <summary>
    /// The same from the field's stored term vector: the offsets of the query's terms are read, not found by
    /// analysing the text again. Falls back to analysis when the document has no term vector.
    /// </summary>
    public string? Build(IndexReader reader, int doc, string field, string text, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0) return null;
        var vector = reader.GetTermVector(doc, field);
        if (vector is null) return Build(field, text, terms);
        var hits = new List<Hit>();
        var termsEnum = vector.GetEnumerator();
        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(new BytesRef(term))) continue;
            var positions = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                var (start, end) = (positions.StartOffset, positions.EndOffset);
                if (start >= 0 && end <= text.Length && start < end) hits.Add(new Hit(start, end, term));
            }
        }
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        // Compound parts share their compound's offsets: keep one hit per place.
        var distinct = new List<Hit>(hits.Count);
        foreach (var hit in hits)
        {
            if (distinct.Count == 0 || distinct[^1].End <= hit.Start) distinct.Add(hit);
        }
        return Build(text, distinct);
    }

    private string? Build(string text, List<Hit> hits)
    {
        if (hits.Count == 0) return null;

        // Slide a window over the hits; the best has the most distinct terms, then comes first (the opening of a
        // text explains more than a dense list of links further down).
        var (bestStart, bestEnd, bestScore) = (0, 0, (-1, int.MinValue));
        for (var first = 0; first < hits.Count; first++)
        {
            var last = first;
            while (last + 1 < hits.Count && hits[last + 1].End - hits[first].Start <= maxLength) last++;
            var window = hits.Skip(first).Take(last - first + 1).ToList();
            var score = (window.Select(h => h.Term).Distinct().Count(), -first);
            if (score.CompareTo(bestScore) > 0) (bestStart, bestEnd, bestScore) = (first, last, score);
        }

        // Centre the window on its hits and widen it to word boundaries.
        var span = hits[bestEnd].End - hits[bestStart].Start;
        var start = Math.Max(0, hits[bestStart].Start - (maxLength - span) / 2);
        var end = Math.Min(text.Length, start + maxLength);
        start = Math.Max(0, Math.Min(start, end - maxLength));
        start = WordStart(text, start);
        end = WordEnd(text, end);

        var html = new StringBuilder();
        if (start > 0) html.Append("… ");
        var position = start;
        foreach (var hit in hits.Skip(bestStart).Take(bestEnd - bestStart + 1).Where(h => h.Start >= start && h.End <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[position..hit.Start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[hit.Start..hit.End])).Append("</mark>");
            position = hit.End;
        }
        html.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length) html.Append(" …");
        return html.ToString();
    }

    /// <summary>The start of the text, HTML-encoded, for results without a matching passage.</summary>
    public string Plain(string text)
    {
        if (text.Length <= maxLength) return WebUtility.HtmlEncode(text);
        return WebUtility.HtmlEncode(text[..WordEnd(text, maxLength)]) + " …";
    }

    private List<Hit> Hits(string field, string text, IReadOnlySet<string> terms)
    {
        var hits = new List<Hit>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value)) continue;
            var (s, e) = (offset.StartOffset, offset.EndOffset);
            if (s < 0 || e > text.Length || s >= e) continue;
            if (hits.Count > 0 && hits[^1].End > s) continue; // overlapping tokens (e.g. compound parts)
            hits.Add(new Hit(s, e, value));
        }
        stream.End();
        return hits;
    }

    private static int WordStart(string text, int index)
    {
        if (index <= 0) return 0;
        var space = text.LastIndexOf(' ', Math.Min(index, text.Length - 1));
        return space < 0 || index - space > 20 ? index : space + 1;
    }

    private static int WordEnd(string text, int index)
    {
        if (index >= text.Length) return text.Length;
        var space = text.IndexOf(' ', index);
        return space < 0 || space - index > 20 ? index : space;
    }
}
