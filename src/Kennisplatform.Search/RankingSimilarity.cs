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
    /// <inheritdoc />
    public override float LengthNorm(FieldInvertState state)
    {
        if (state.Name != IndexFields.Title) return base.LengthNorm(state);
        var terms = DiscountOverlaps ? state.Length - state.NumOverlap : state.Length;
        return state.Boost * (float)(1.0 / Math.Sqrt(Math.Sqrt(Math.Max(1, terms))));
    }
}
