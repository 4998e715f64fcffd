namespace Kennisplatform.Search;

/// <summary>
/// Words that carry the form of a question rather than its subject ("hoe kan ik …", "welke rol heeft …"). They count
/// for nothing when the query has other words; Lucene's Dutch stop list already drops most others (hoe, wat, kan, ik,
/// doen, tegen, een).
/// </summary>
public static class FillerWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "welke", "welk", "waar", "waarom", "wanneer", "waarmee", "waardoor", "hoeveel", "mag", "mogen", "doet", "deed",
        "eigenlijk", "precies", "kun", "kunt", "jullie", "we", "wij", "graag", "zoek", "zoeken", "gaat", "gaan",
        "krijg", "krijgen", "weet", "weten", "vind", "vinden", "betekent", "betekenen", "houdt", "bestaat",
    };

    /// <summary>True for a question or filler word, after lower-casing and folding.</summary>
    public static bool Contains(string word) => Words.Contains(DutchTextAnalyzer.Fold(word.ToLowerInvariant()));
}
