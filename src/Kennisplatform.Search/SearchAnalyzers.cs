using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Kennisplatform.Search;

/// <summary>The analyzer per field, identical for writing and searching.</summary>
public static class SearchAnalyzers
{
    /// <summary>Dutch analysis for text fields, exact analysis for the suggestion vocabulary.</summary>
    public static Analyzer Create(CompoundDictionary? compounds = null) => Create(new DutchTextAnalyzer(compounds), new ExactTextAnalyzer());

    /// <summary>The analyzer per field made of these two chains.</summary>
    public static Analyzer Create(DutchTextAnalyzer text, ExactTextAnalyzer exact) =>
        new PerFieldAnalyzerWrapper(text, new Dictionary<string, Analyzer> { [IndexFields.Exact] = exact });
}
