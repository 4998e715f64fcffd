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
    // The counting slot of a field's first value: the values of all fields are numbered in one row, field after field.
    private readonly int[] _offsets;
    // Per leaf (by its ord in the top-level reader): the slots of document d's values, of all fields, are
    // Slots[Starts[d]..Starts[d+1]], side by side in memory, so counting a document reads one short run of one array.
    private readonly (int[] Starts, int[] Slots)[] _leaves;

    /// <summary>Reads <paramref name="fields"/> of every document of <paramref name="reader"/>.</summary>
    public FacetOrdinals(IndexReader reader, IReadOnlyList<string> fields)
    {
        Fields = fields;
        _fieldIndex = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var leaves = reader.Leaves;
        _values = new string[fields.Count][];
        _offsets = new int[fields.Count];
        // Per leaf, per document: the slots of its values, field after field.
        var slotsOf = leaves.Select(leaf => Enumerable.Range(0, leaf.AtomicReader.MaxDoc).Select(_ => new List<int>()).ToArray()).ToArray();
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
            _offsets[f] = f == 0 ? 0 : _offsets[f - 1] + _values[f - 1].Length;
            var idOf = _values[f].Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
            for (var l = 0; l < leaves.Count; l++)
            {
                if (perLeaf[l] is not { } values) continue;
                for (var doc = 0; doc < slotsOf[l].Length; doc++)
                {
                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) slotsOf[l][doc].Add(_offsets[f] + idOf[leafValues[l][ord]]);
                }
            }
        }
        SlotCount = fields.Count == 0 ? 0 : _offsets[^1] + _values[^1].Length;
        _leaves = slotsOf.Select(docs =>
        {
            var starts = new int[docs.Length + 1];
            for (var doc = 0; doc < docs.Length; doc++) starts[doc + 1] = starts[doc] + docs[doc].Count;
            return (starts, docs.SelectMany(d => d).ToArray());
        }).ToArray();
    }

    /// <summary>The fields, in the order given.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The number of counting slots: all values of all fields.</summary>
    internal int SlotCount { get; }

    /// <summary>A counter for <paramref name="fields"/> (a subset of <see cref="Fields"/>), for one search.</summary>
    public FacetCounter Counter(IEnumerable<string> fields) => new(this, fields.Select(f => _fieldIndex[f]).ToArray());

    /// <summary>
    /// Per counting slot, whether it is one of <paramref name="values"/> of <paramref name="field"/>: a document has one
    /// of them exactly when it has the term of one of them in that field, as both are written from the same value.
    /// A value the index does not have selects nothing.
    /// </summary>
    internal bool[] Selection(string field, IEnumerable<string> values)
    {
        var f = _fieldIndex[field];
        var selected = new bool[SlotCount];
        foreach (var value in values)
        {
            var id = Array.BinarySearch(_values[f], value, StringComparer.Ordinal);
            if (id >= 0) selected[_offsets[f] + id] = true;
        }
        return selected;
    }

    internal int ValueCount(int field) => _values[field].Length;

    internal int Offset(int field) => _offsets[field];

    internal string Value(int field, int id) => _values[field][id];

    internal (int[] Starts, int[] Slots) Leaf(int leaf) => _leaves[leaf];

    internal string FieldName(int field) => Fields[field];
}
