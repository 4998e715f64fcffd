using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Search;

/// <summary>
/// Picks the passage of a short text without term vectors (a summary) where the query's terms are densest and marks
/// them with <c>&lt;mark&gt;</c>, by analysing the text again. Bodies are highlighted by <see cref="PassageHighlighter"/>.
/// A text's tokens are analysed once per text instance and kept while that string lives (the summaries of an opened
/// index live as long as its <see cref="ResultFields"/>): the same pages come up in many searches, and analysing a
/// summary costs more than showing it. Thread-safe.
/// </summary>
public sealed class SnippetBuilder(Analyzer analyzer, int maxLength = 220)
{
    private sealed record Hit(int Start, int End, string Term);

    // One analysed token: its term and offsets in the text.
    private readonly record struct Token(int Start, int End, string Term);

    // Per field, the tokens of each text analysed so far, by the string instance (weakly: they go with the text).
    private readonly ConcurrentDictionary<string, ConditionalWeakTable<string, Token[]>> _tokens = new(StringComparer.Ordinal);

    // Each distinct term once: the kept tokens of many summaries repeat the same words.
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    /// <summary>Safe HTML for the best passage of <paramref name="text"/>, or null when no term occurs in it.</summary>
    public string? Build(string field, string text, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0) return null;
        return Build(text, Hits(field, text, terms));
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
        foreach (var (s, e, value) in Tokens(field, text))
        {
            if (!terms.Contains(value)) continue;
            if (s < 0 || e > text.Length || s >= e) continue;
            if (hits.Count > 0 && hits[^1].End > s) continue; // overlapping tokens (e.g. compound parts)
            hits.Add(new Hit(s, e, value));
        }
        return hits;
    }

    private Token[] Tokens(string field, string text) =>
        _tokens.GetOrAdd(field, _ => new ConditionalWeakTable<string, Token[]>()).GetValue(text, t => Analyse(field, t));

    private Token[] Analyse(string field, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new Token(offset.StartOffset, offset.EndOffset, _terms.GetOrAdd(term.ToString(), t => t)));
        stream.End();
        return [.. tokens];
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
