using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Search;

/// <summary>
/// Turns plurals in -ies into their singular (organisaties → organisatie, corporaties → corporatie) before stemming:
/// the Snowball Dutch stemmer only strips an -s after a consonant, so these common plurals would not meet their singular.
/// </summary>
public sealed class DutchPluralFilter : TokenFilter
{
    private const int MinLength = 6;
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps a lower-cased stream.</summary>
    public DutchPluralFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var length = _term.Length;
        var buffer = _term.Buffer;
        if (length >= MinLength && buffer[length - 1] == 's' && buffer[length - 2] == 'e' && buffer[length - 3] == 'i')
        {
            _term.Length = length - 1;
        }
        return true;
    }
}
