using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Search;

/// <summary>Runs text through an analyzer and returns the terms, in order.</summary>
public static class AnalyzedTerms
{
    /// <summary>The terms of <paramref name="text"/> as the field's analysis produces them.</summary>
    public static IReadOnlyList<string> Of(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
