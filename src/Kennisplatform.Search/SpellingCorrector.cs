using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// Corrects typed words against the index's own vocabulary (the unstemmed <see cref="IndexFields.Exact"/> field),
/// with Lucene's <see cref="FuzzyTermsEnum"/>; ranked by similarity, then by how many pages use the word. When no
/// written word is within two edits (recreatieprak is three from recreatieparken), the typed word's stem is matched
/// against the stems of the body (recreatiepark) and shown as the most used word with that stem.
/// Written here because Lucene.Net.Suggest is not available.
/// </summary>
/// <remarks>With <paramref name="terms"/>, whether a word is known is looked up through its kept enumerators.</remarks>
public sealed class SpellingCorrector(IndexReader reader, Func<string, string?>? stem = null, TermLookup? terms = null)
{
    private const int MaxStemWords = 64;
    private const int MaxCompletion = 4;

    private const int MinLength = 4;
    private const int CacheLimit = 50_000;

    // The index never changes under a reader, so neither do the corrections of a word: walking the vocabulary costs
    // milliseconds, a cached answer nothing. Bounded, and simply emptied when full.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), IReadOnlyList<string>> _cache = new();
    private int _cached;
    private long _walks;

    /// <summary>How often the vocabulary was walked for a word not in the cache (the costly part), since opening.</summary>
    public long Walks => Interlocked.Read(ref _walks);

    /// <summary>True when the word occurs in the index (as typed, lower-cased and folded).</summary>
    public bool IsKnown(string word)
    {
        var term = new Term(IndexFields.Exact, Normalize(word));
        return terms?.Exists(term) ?? reader.DocFreq(term) > 0;
    }

    /// <summary>Up to <paramref name="max"/> known words close to an unknown one, best first.</summary>
    public IReadOnlyList<string> Corrections(string word, int max = 3)
    {
        var key = (Normalize(word), max);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        // A counter of its own: ConcurrentDictionary.Count takes every bucket's lock.
        if (Interlocked.Increment(ref _cached) > CacheLimit)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        Interlocked.Increment(ref _walks);
        return _cache[key] = Find(key.Item1, max);
    }

    private IReadOnlyList<string> Find(string normalized, int max)
    {
        if (normalized.Length < MinLength || !normalized.All(char.IsLetter) || IsKnown(normalized)) return [];
        var terms = MultiFields.GetTerms(reader, IndexFields.Exact);
        if (terms is null) return [];
        // A word cut short or in another form (screen → screening, bedrijfspand → bedrijfspanden) completes to the
        // most used word that starts with it, when that adds at most a few letters.
        if (MostUsedWithPrefix(terms, normalized) is { } completed && completed.Length - normalized.Length <= MaxCompletion) return [completed];
        var words = Close(terms, IndexFields.Exact, normalized, max);
        if (words.Count > 0 || stem?.Invoke(normalized) is not { Length: >= MinLength } typedStem) return words;
        var stems = MultiFields.GetTerms(reader, IndexFields.Body);
        if (stems is null) return [];
        return Close(stems, IndexFields.Body, typedStem, max)
            .Select(s => MostUsedWithPrefix(terms, s))
            .OfType<string>()
            .Distinct()
            .ToList();
    }

    private static List<string> Close(Terms terms, string field, string word, int max)
    {
        var maxEdits = word.Length <= 5 ? 1 : 2;
        var candidates = new List<(string Term, float Similarity, int DocFreq)>();
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), maxEdits, 1, true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        while (fuzzy.MoveNext())
        {
            candidates.Add((fuzzy.Term.Utf8ToString(), boost.Boost, fuzzy.DocFreq));
        }
        return candidates
            .Where(c => c.Term != word && c.Term.All(char.IsLetter))
            .OrderByDescending(c => c.Similarity).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .Take(max)
            .ToList();
    }

    // The written word a stem stands for: of the words that start with it, the one most pages use.
    private static string? MostUsedWithPrefix(Terms terms, string prefix)
    {
        var e = terms.GetEnumerator();
        if (e.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return null;
        string? best = null;
        var bestFreq = 0;
        for (var i = 0; i < MaxStemWords; i++)
        {
            var word = e.Term.Utf8ToString();
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) break;
            if (e.DocFreq > bestFreq) (best, bestFreq) = (word, e.DocFreq);
            if (!e.MoveNext()) break;
        }
        return best;
    }

    private static string Normalize(string word) => DutchTextAnalyzer.Fold(word.ToLowerInvariant());
}
