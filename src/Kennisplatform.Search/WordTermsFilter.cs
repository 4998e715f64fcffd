using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Search;

/// <summary>
/// Replaces each token of a tokenizer with the terms <see cref="WordTerms"/> remembers for it, emitting exactly what
/// the word-by-word filters would: the same terms, position increments (a dropped word's positions go to the next
/// term, and to the end of the stream), offsets and types (a word's further terms keep the word's offsets).
/// </summary>
public sealed class WordTermsFilter : TokenFilter
{
    private readonly WordTerms? _words;
    private readonly Func<WordTerms.Term[]>? _termsOfToken;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private WordTerms.Term[] _current = [];
    private int _next;
    private int _skipped;

    /// <summary>Wraps the tokenizer whose tokens <paramref name="words"/> knows how to analyse.</summary>
    public WordTermsFilter(TokenStream input, WordTerms words) : base(input)
    {
        _words = words;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>
    /// Wraps a stream whose tokens come with their terms already looked up (<paramref name="termsOfToken"/>: those of the
    /// token it emitted last, as <see cref="WordTerms.Of"/> gives them).
    /// </summary>
    public WordTermsFilter(TokenStream input, Func<WordTerms.Term[]> termsOfToken) : base(input)
    {
        _termsOfToken = termsOfToken;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_next < _current.Length)
        {
            // The other attributes still hold the word's own values, as a captured state would.
            var term = _current[_next++];
            _term.SetEmpty().Append(term.Text);
            _increment.PositionIncrement = term.Increment;
            return true;
        }
        while (m_input.IncrementToken())
        {
            var terms = _termsOfToken?.Invoke() ?? _words!.Of(new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length));
            var increment = _increment.PositionIncrement;
            if (terms.Length == 0)
            {
                _skipped += increment;
                continue;
            }
            _current = terms;
            _next = 1;
            _term.SetEmpty().Append(terms[0].Text);
            // Recorded for a word at increment 1: the word's own increment and the positions dropped before it are added.
            _increment.PositionIncrement = terms[0].Increment - 1 + increment + _skipped;
            _skipped = 0;
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skipped;
        _skipped = 0;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _current = [];
        _next = 0;
        _skipped = 0;
    }
}
