using System.Data.Common;
using System.Text;
using Dapper;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Storage;

/// <summary>
/// The facet values (<c>tags</c>) and analysed terms (<c>terms</c>) of profiles, projects and questions, and the SQL
/// that selects items by them. One place for both, so that writing and searching agree.
/// </summary>
public sealed class ItemIndex(TextTerms analysis)
{
    /// <summary>Replaces an item's facet values and terms.</summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, string kind, long id,
        IEnumerable<(string Facet, string Value)> tags, string text)
    {
        await RemoveAsync(connection, transaction, kind, id);
        var tagRows = tags.Where(t => !string.IsNullOrWhiteSpace(t.Value)).Distinct()
            .Select(t => new { kind, id, facet = t.Facet, value = t.Value }).ToList();
        if (tagRows.Count > 0)
        {
            await connection.ExecuteAsync("INSERT INTO tags (kind, item_id, facet, value) VALUES (@kind, @id, @facet, @value)", tagRows, transaction);
        }
        var termRows = analysis.Of(text).Select(term => new { kind, id, term }).ToList();
        if (termRows.Count > 0)
        {
            await connection.ExecuteAsync("INSERT INTO terms (kind, term, item_id) VALUES (@kind, @term, @id)", termRows, transaction);
        }
    }

    /// <summary>Removes an item's facet values and terms.</summary>
    public static async Task RemoveAsync(DbConnection connection, DbTransaction transaction, string kind, long id)
    {
        await connection.ExecuteAsync("DELETE FROM tags WHERE kind = @kind AND item_id = @id", new { kind, id }, transaction);
        await connection.ExecuteAsync("DELETE FROM terms WHERE kind = @kind AND item_id = @id", new { kind, id }, transaction);
    }

    /// <summary>Facet values of several items, by item.</summary>
    public static async Task<ILookup<long, (string Facet, string Value)>> TagsAsync(DbConnection connection, string kind, IReadOnlyCollection<long> ids, DbTransaction? transaction = null)
    {
        if (ids.Count == 0) return Array.Empty<(long, string, string)>().ToLookup(t => t.Item1, t => (t.Item2, t.Item3));
        var rows = await connection.QueryAsync<(long Id, string Facet, string Value)>(
            $"SELECT item_id, facet, value FROM tags WHERE kind = @kind AND item_id IN {SqlList.Of(ids)} ORDER BY value",
            new { kind }, transaction);
        return rows.ToLookup(r => r.Id, r => (r.Facet, r.Value));
    }

    /// <summary>
    /// The condition on <c>{alias}</c> for the query's text (every term must occur) and filters, with its parameters.
    /// A text of stop words only matches nothing rather than everything.
    /// </summary>
    public (string Sql, DynamicParameters Parameters) Condition(string kind, string alias, DirectoryQuery query)
    {
        var sql = new StringBuilder($"{alias}.hidden_reason IS NULL");
        var parameters = new DynamicParameters();
        parameters.Add("kind", kind);
        var terms = analysis.Of(query.Text, limit: 16);
        for (var i = 0; i < terms.Count; i++)
        {
            sql.Append($" AND {alias}.id IN (SELECT item_id FROM terms WHERE kind = @kind AND term = @t{i})");
            parameters.Add("t" + i, terms[i]);
        }
        if (terms.Count == 0 && !string.IsNullOrWhiteSpace(query.Text)) sql.Append(" AND 1 = 0");
        foreach (var (facet, value) in new[] { (Facet.Theme, query.Theme), (Facet.Region, query.Region), (Facet.Organisation, query.Organisation) })
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            sql.Append($" AND {alias}.id IN (SELECT item_id FROM tags WHERE kind = @kind AND facet = @f_{facet} AND value = @v_{facet})");
            parameters.Add("f_" + facet, facet);
            parameters.Add("v_" + facet, value);
        }
        return (sql.ToString(), parameters);
    }

    /// <summary>
    /// Counts per facet value over the items that match <paramref name="condition"/> (on alias <c>x</c>). The matching
    /// ids are selected once and the tags looked up by them, instead of joining every tag to its item: with a filter
    /// this was 3–4 times faster on SQLite.
    /// </summary>
    public static string FacetSql(string table, string kind, string condition) =>
        $"SELECT t.facet AS Facet, t.value AS Value, COUNT(*) AS Count FROM tags t " +
        $"WHERE t.kind = '{kind}' AND t.item_id IN (SELECT x.id FROM {table} x WHERE {condition}) GROUP BY t.facet, t.value ORDER BY COUNT(*) DESC, t.value";
}
