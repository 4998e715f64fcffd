using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Kennisplatform.Search;

/// <summary>The analyzer per field, identical for writing and searching.</summary>
public static class SearchAnalyzers
{
    /// <summary>Dutch analysis for text fields, exact analysis for the suggestion vocabulary.</summary>
    public static Analyzer Create(CompoundDictionary? compounds = null) => new PerFieldAnalyzerWrapper(
        new DutchTextAnalyzer(compounds),
        new Dictionary<string, Analyzer> { [IndexFields.Exact] = new ExactTextAnalyzer() });
}
