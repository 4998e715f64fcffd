using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// Emits each compound with its parts at the same position (the parts after it), so that the compound matches its
/// parts and the parts match the compound. Runs before stemming, so parts are stemmed like any word.
/// </summary>
public sealed class DutchCompoundFilter : TokenFilter
{
    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly Queue<string> _parts = new();
    private State? _state;

    /// <summary>Wraps a lower-cased, folded stream.</summary>
    public DutchCompoundFilter(TokenStream input, CompoundSplitter splitter) : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_parts.Dequeue());
            _increment.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var parts = _splitter.Split(_term.ToString());
        if (parts.Count > 0)
        {
            foreach (var part in parts) _parts.Enqueue(part);
            _state = CaptureState();
        }
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _state = null;
    }
}
