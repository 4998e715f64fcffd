using System.Text.Json;

namespace Kennisplatform.Search;

/// <summary>Display names of facet values (type keys, theme and region slugs), written next to the index at build time.</summary>
public sealed class FacetLabels(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> labels)
{
    /// <summary>The file name inside an index folder.</summary>
    public const string FileName = "labels.json";

    /// <summary>No labels: values show as they are.</summary>
    public static FacetLabels Empty { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>The label of a value of a field, or the value itself.</summary>
    public string Label(string field, string value) =>
        labels.TryGetValue(field, out var values) && values.TryGetValue(value, out var label) ? label : value;

    /// <summary>Writes the labels into an index folder.</summary>
    public void Save(string indexFolder) => File.WriteAllText(Path.Combine(indexFolder, FileName), JsonSerializer.Serialize(labels));

    /// <summary>Reads the labels of an index folder.</summary>
    public static FacetLabels Load(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        if (!File.Exists(path)) return Empty;
        var read = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(path)) ?? [];
        return new FacetLabels(read.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, string>)kv.Value));
    }
}
