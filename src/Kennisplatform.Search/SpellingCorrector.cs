using Lucene.Net.Index;

namespace Kennisplatform.Search;

/// <summary>
/// Corrects typed words against the index's own vocabulary (the unstemmed <see cref="IndexFields.Exact"/> field):
/// words within one or two edits, as Lucene's <c>FuzzyTermsEnum</c> finds them, ranked by similarity, then by how many
/// pages use the word. When no written word is within two edits (recreatieprak is three from recreatieparken), the typed
/// word's stem is matched against the stems of the body (recreatiepark) and shown as the most used word with that stem.
/// Both vocabularies are held in memory (<see cref="TermVocabulary"/>), read on the first word that needs them.
/// Written here because Lucene.Net.Suggest is not available.
/// </summary>
public sealed class SpellingCorrector(IndexReader reader, Func<string, string?>? stem = null)
{
    private const int MaxStemWords = 64;
    private const int MaxCompletion = 4;

    private const int MinLength = 4;
    private const int CacheLimit = 50_000;

    // The index never changes under a reader, so neither do the corrections of a word: a cached answer costs nothing.
    // Bounded, and simply emptied when full.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), IReadOnlyList<string>> _cache = new();
    private int _cached;
    private long _walks;
    private readonly Lazy<TermVocabulary> _words = new(() => new TermVocabulary(reader, IndexFields.Exact));
    private readonly Lazy<TermVocabulary> _stems = new(() => new TermVocabulary(reader, IndexFields.Body));

    /// <summary>How often the vocabulary was searched for a word not in the cache (the costly part), since opening.</summary>
    public long Walks => Interlocked.Read(ref _walks);

    /// <summary>True when the word occurs in the index (as typed, lower-cased and folded).</summary>
    public bool IsKnown(string word) => _words.Value.Contains(Normalize(word));

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
        var words = _words.Value;
        // A word cut short or in another form (screen → screening, bedrijfspand → bedrijfspanden) completes to the
        // most used word that starts with it, when that adds at most a few letters.
        if (words.MostUsedWithPrefix(normalized, MaxStemWords) is { } completed && completed.Length - normalized.Length <= MaxCompletion) return [completed];
        var close = Close(words, normalized, max);
        if (close.Count > 0 || stem?.Invoke(normalized) is not { Length: >= MinLength } typedStem) return close;
        return Close(_stems.Value, typedStem, max)
            .Select(s => words.MostUsedWithPrefix(s, MaxStemWords))
            .OfType<string>()
            .Distinct()
            .ToList();
    }

    private static List<string> Close(TermVocabulary vocabulary, string word, int max) =>
        vocabulary.Near(word, word.Length <= 5 ? 1 : 2)
            .Where(c => c.Term != word && c.Term.All(char.IsLetter))
            .OrderByDescending(c => c.Similarity).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .Take(max)
            .ToList();

    private static string Normalize(string word) => DutchTextAnalyzer.Fold(word.ToLowerInvariant());
}
