using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Search;

/// <summary>
/// What an analysis chain makes of one word, remembered per word: the chain after the tokenizer (lower-casing,
/// folding, compound splitting, stop words, stemming) treats every word on its own, and the same few hundred thousand
/// words recur millions of times in a site's text. Thread-safe; bounded to <see cref="Capacity"/> words, after which
/// further words are analysed each time (the result is the same either way, so this never changes the terms).
/// </summary>
public sealed class WordTerms
{
    /// <summary>The most words remembered per instance by default (about 100 bytes each).</summary>
    public const int DefaultCapacity = 400_000;

    /// <summary>One term the chain emits for a word, with the position increment it emits for a word at increment 1.</summary>
    public readonly record struct Term(string Text, int Increment);

    private readonly ConcurrentDictionary<string, Term[]> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Term[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Analyzer _chain;
    private int _count; // ConcurrentDictionary.Count takes every lock: far too slow for every new word

    /// <summary>
    /// Remembers the terms that <paramref name="filters"/>, applied to a stream of one word, emit for each word, for up
    /// to <paramref name="capacity"/> words.
    /// </summary>
    public WordTerms(Func<TokenStream, TokenStream> filters, int capacity = DefaultCapacity)
    {
        Capacity = capacity;
        _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        _chain = new OneWordAnalyzer(filters);
    }

    /// <summary>The most words remembered.</summary>
    public int Capacity { get; }

    /// <summary>How many words are remembered.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The terms of <paramref name="word"/> (a token as the tokenizer emitted it), in order; empty when all are dropped.</summary>
    public Term[] Of(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var terms)) return terms;
        var text = word.ToString();
        terms = Analyse(text);
        if (Count < Capacity && _known.TryAdd(text, terms)) Interlocked.Increment(ref _count);
        return terms;
    }

    private Term[] Analyse(string word)
    {
        var terms = new List<Term>(2);
        using var stream = _chain.GetTokenStream("", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(new Term(term.ToString(), increment.PositionIncrement));
        stream.End();
        return terms.Count == 0 ? [] : [.. terms];
    }

    // The whole input as one token, at position increment 1, through the filters.
    private sealed class OneWordAnalyzer(Func<TokenStream, TokenStream> filters) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, filters(tokenizer));
        }
    }
}
