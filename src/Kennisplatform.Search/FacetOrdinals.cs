using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kennisplatform.Search;

/// <summary>
/// The facet values of every document, read once per opened index from the sorted-set doc values and numbered per
/// field across all segments. Counting a search's facets (<see cref="FacetCounter"/>) is then a few array increments
/// per matching document, instead of a doc-values lookup per field and document and a dictionary per value.
/// </summary>
public sealed class FacetOrdinals
{
    private readonly Dictionary<string, int> _fieldIndex;
    private readonly string[][] _values;
    // Per leaf (by its ord in the top-level reader), per field: value ids of document d are Ids[Starts[d]..Starts[d+1]].
    private readonly (int[] Starts, int[] Ids)[][] _leaves;

    /// <summary>Reads <paramref name="fields"/> of every document of <paramref name="reader"/>.</summary>
    public FacetOrdinals(IndexReader reader, IReadOnlyList<string> fields)
    {
        Fields = fields;
        _fieldIndex = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var leaves = reader.Leaves;
        _values = new string[fields.Count][];
        _leaves = new (int[], int[])[leaves.Count][];
        for (var l = 0; l < leaves.Count; l++) _leaves[l] = new (int[], int[])[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            var perLeaf = leaves.Select(leaf => leaf.AtomicReader.GetSortedSetDocValues(fields[f])).ToList();
            var bytes = new BytesRef();
            var leafValues = perLeaf.Select(values =>
            {
                if (values is null) return Array.Empty<string>();
                var list = new string[values.ValueCount];
                for (var ord = 0; ord < list.Length; ord++)
                {
                    values.LookupOrd(ord, bytes);
                    list[ord] = bytes.Utf8ToString();
                }
                return list;
            }).ToList();
            _values[f] = leafValues.SelectMany(v => v).Distinct().Order(StringComparer.Ordinal).ToArray();
            var idOf = _values[f].Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
            for (var l = 0; l < leaves.Count; l++)
            {
                var maxDoc = leaves[l].AtomicReader.MaxDoc;
                var starts = new int[maxDoc + 1];
                var ids = new List<int>();
                var values = perLeaf[l];
                for (var doc = 0; doc < maxDoc; doc++)
                {
                    starts[doc] = ids.Count;
                    if (values is null) continue;
                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ids.Add(idOf[leafValues[l][ord]]);
                }
                starts[maxDoc] = ids.Count;
                _leaves[l][f] = (starts, ids.ToArray());
            }
        }
    }

    /// <summary>The fields, in the order given.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>A counter for <paramref name="fields"/> (a subset of <see cref="Fields"/>), for one search.</summary>
    public FacetCounter Counter(IEnumerable<string> fields) => new(this, fields.Select(f => _fieldIndex[f]).ToArray());

    internal int ValueCount(int field) => _values[field].Length;

    internal string Value(int field, int id) => _values[field][id];

    internal (int[] Starts, int[] Ids) Leaf(int leaf, int field) => _leaves[leaf][field];

    internal string FieldName(int field) => Fields[field];
}
