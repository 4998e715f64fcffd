using Lucene.Net.Documents;

namespace Kennisplatform.Search;

/// <summary>
/// The untokenised fields (<see cref="StringField"/>) of the documents one index writer adds, reused from document
/// to document: a new field makes a new token stream each time, whose attributes Lucene.Net looks up under one
/// global lock, which every part written in parallel contended for. One instance per writer (not thread-safe); the
/// fields of a document are valid until the next <see cref="Next"/>.
/// </summary>
public sealed class StringFields
{
    private readonly Dictionary<string, List<StringField>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    /// <summary>Starts a new document: its fields may reuse those of the one before.</summary>
    public void Next() => _used.Clear();

    /// <summary>A stored, indexed, untokenised field with this value.</summary>
    public StringField Get(string name, string value)
    {
        var index = _used.GetValueOrDefault(name);
        _used[name] = index + 1;
        if (!_byName.TryGetValue(name, out var fields)) _byName[name] = fields = [];
        if (index == fields.Count) fields.Add(new StringField(name, value, Field.Store.YES));
        else fields[index].SetStringValue(value);
        return fields[index];
    }
}
