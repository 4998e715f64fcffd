using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>Turns a <see cref="UserQuery"/> into a Lucene query over the weighted text fields.</summary>
public sealed class QueryBuilder(Analyzer analyzer)
{
    /// <summary>
    /// Builds the query; with <paramref name="requireAll"/> every word must match (AND), otherwise any may (OR).
    /// Returns null when nothing searchable remains (only stop words, punctuation or emoji).
    /// </summary>
    public Query? Build(UserQuery query, bool requireAll)
    {
        var root = new BooleanQuery();
        var positives = 0;
        foreach (var element in query.Elements)
        {
            var clause = ElementQuery(element);
            if (clause is null) continue;
            if (element.Excluded)
            {
                root.Add(clause, Occur.MUST_NOT);
            }
            else
            {
                root.Add(clause, requireAll ? Occur.MUST : Occur.SHOULD);
                positives++;
            }
        }
        return positives == 0 ? null : root;
    }

    /// <summary>The analysed terms of the positive elements, for highlighting.</summary>
    public IReadOnlySet<string> HighlightTerms(UserQuery query) =>
        query.Positive.SelectMany(e => AnalyzedTerms.Of(analyzer, IndexFields.Body, e.Text)).ToHashSet();

    private Query? ElementQuery(QueryElement element)
    {
        var perField = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in IndexFields.Weighted)
        {
            var terms = AnalyzedTerms.WithPositions(analyzer, field, element.Text);
            if (terms.Count == 0) return null;
            Query q;
            if (terms.Count == 1)
            {
                q = new TermQuery(new Term(field, terms[0].Term));
            }
            else if (element.IsPhrase || element.Text.Any(c => !char.IsLetterOrDigit(c)))
            {
                // A quoted phrase, or one typed word that analysis splits (e-mail, 13b-bevoegdheid): keep the order.
                var phrase = new PhraseQuery();
                foreach (var (t, position) in terms) phrase.Add(new Term(field, t), position);
                q = phrase;
            }
            else
            {
                var all = new BooleanQuery();
                foreach (var (t, _) in terms) all.Add(new TermQuery(new Term(field, t)), Occur.MUST);
                q = all;
            }
            q.Boost = boost;
            perField.Add(q);
        }
        return perField;
    }
}
