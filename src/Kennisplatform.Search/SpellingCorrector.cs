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
    private const int CacheLimit = 50_000;

    // The index never changes under a reader, so neither do the corrections of a word: walking the vocabulary costs
    // milliseconds, a cached answer nothing. Bounded, and simply emptied when full.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), IReadOnlyList<string>> _cache = new();

    /// <summary>True when the word occurs in the index (as typed, lower-cased and folded).</summary>
    public bool IsKnown(string word) => reader.DocFreq(new Term(IndexFields.Exact, Normalize(word))) > 0;

    /// <summary>Up to <paramref name="max"/> known words close to an unknown one, best first.</summary>
    public IReadOnlyList<string> Corrections(string word, int max = 3)
    {
        var key = (Normalize(word), max);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        if (_cache.Count >= CacheLimit) _cache.Clear();
        return _cache[key] = Find(key.Item1, max);
    }

    private IReadOnlyList<string> Find(string normalized, int max)
    {
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
