using Kennisplatform.Search;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Network.Storage;

/// <summary>
/// Turns text into the terms of the site search's Dutch analysis chain (<see cref="DutchTextAnalyzer"/>), so that
/// "gemeenten" finds "gemeente" in the directory as it does in the site search.
/// </summary>
public sealed class TextTerms : IDisposable
{
    private readonly DutchTextAnalyzer _analyzer = new();

    /// <summary>The distinct terms of <paramref name="text"/>, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<string> Of(string? text, int limit = 2000)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return terms;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Analyzers reuse token streams per thread; one stream per call keeps this safe for concurrent requests.
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < limit)
        {
            var value = term.ToString();
            if (value.Length is > 0 and <= 64 && seen.Add(value)) terms.Add(value);
        }
        stream.End();
        return terms;
    }

    /// <inheritdoc />
    public void Dispose() => _analyzer.Dispose();
}
