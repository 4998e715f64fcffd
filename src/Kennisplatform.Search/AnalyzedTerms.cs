using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Search;

/// <summary>Runs text through an analyzer and returns the terms, in order.</summary>
public static class AnalyzedTerms
{
    /// <summary>The terms of <paramref name="text"/> as the field's analysis produces them.</summary>
    public static IReadOnlyList<string> Of(Analyzer analyzer, string field, string text) =>
        WithPositions(analyzer, field, text).Select(t => t.Term).ToList();

    /// <summary>The terms with their positions; removed stop words leave gaps, as they do in the index.</summary>
    public static IReadOnlyList<(string Term, int Position)> WithPositions(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }
}
