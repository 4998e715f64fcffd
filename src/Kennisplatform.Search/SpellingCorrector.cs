using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// Corrects typed words against the index's own vocabulary (the unstemmed <see cref="IndexFields.Exact"/> field),
/// with Lucene's <see cref="FuzzyTermsEnum"/>; ranked by similarity, then by how many pages use the word.
/// Written here because Lucene.Net.Suggest is not available.
/// </summary>
public sealed class SpellingCorrector(IndexReader reader)
{
    private const int MinLength = 4;

    /// <summary>True when the word occurs in the index (as typed, lower-cased and folded).</summary>
    public bool IsKnown(string word) => reader.DocFreq(new Term(IndexFields.Exact, Normalize(word))) > 0;

    /// <summary>Up to <paramref name="max"/> known words close to an unknown one, best first.</summary>
    public IReadOnlyList<string> Corrections(string word, int max = 3)
    {
        var normalized = Normalize(word);
        if (normalized.Length < MinLength || !normalized.All(char.IsLetter) || IsKnown(normalized)) return [];
        var terms = MultiFields.GetTerms(reader, IndexFields.Exact);
        if (terms is null) return [];

        var maxEdits = normalized.Length <= 5 ? 1 : 2;
        var candidates = new List<(string Term, float Similarity, int DocFreq)>();
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFields.Exact, normalized), maxEdits, 1, true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        while (fuzzy.MoveNext())
        {
            candidates.Add((fuzzy.Term.Utf8ToString(), boost.Boost, fuzzy.DocFreq));
        }
        return candidates
            .Where(c => c.Term != normalized)
            .OrderByDescending(c => c.Similarity).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .Take(max)
            .ToList();
    }

    private static string Normalize(string word) => DutchTextAnalyzer.Fold(word.ToLowerInvariant());
}
