using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Kennisplatform.Search;

/// <summary>
/// Lucene's classic scoring with a gentler length norm for titles: with 1/√length a one-word title ("Horeca") beat a
/// five-word title that names both things asked for ("Bedrijventerrein Spaanse Polder (Rotterdam)"). Titles are
/// short anyway; a document's title being exactly the query is handled by <see cref="TitleIntent"/>.
/// Used alike when writing and when searching.
/// </summary>
public sealed class RankingSimilarity : DefaultSimilarity
{
    // √freq of the frequencies a term has in most documents, worked out as DefaultSimilarity does (the same float):
    // the square root was a visible share of scoring a search, done for every term of every matching document.
    private static readonly float[] Roots = [.. Enumerable.Range(0, 64).Select(f => (float)Math.Sqrt(f))];

    /// <inheritdoc />
    public override float Tf(float freq)
    {
        var whole = (int)freq;
        return whole == freq && (uint)whole < (uint)Roots.Length ? Roots[whole] : (float)Math.Sqrt(freq);
    }

    /// <inheritdoc />
    public override float LengthNorm(FieldInvertState state)
    {
        if (state.Name != IndexFields.Title) return base.LengthNorm(state);
        var terms = DiscountOverlaps ? state.Length - state.NumOverlap : state.Length;
        return state.Boost * (float)(1.0 / Math.Sqrt(Math.Sqrt(Math.Max(1, terms))));
    }
}
