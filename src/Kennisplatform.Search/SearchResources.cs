using System.Text.Json;
using Kennisplatform.Contracts;

namespace Kennisplatform.Search;

/// <summary>
/// What the index and the searches over it share: compound dictionary, synonyms, facet labels and the taxonomy table
/// (which fields filter and count, and under which search parameter).
/// </summary>
public sealed record SearchResources(CompoundDictionary Compounds, SynonymTable Synonyms, FacetLabels Labels)
{
    /// <summary>The taxonomies whose terms the index holds, in the table's order.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; init; } = [];

    /// <summary>No compounds, synonyms or labels.</summary>
    public static SearchResources Empty { get; } = new(CompoundDictionary.Empty, SynonymTable.Empty, FacetLabels.Empty);

    /// <summary>Writes them all into an index folder.</summary>
    public void Save(string folder)
    {
        Compounds.Save(folder);
        Synonyms.Save(folder);
        Labels.Save(folder);
        File.WriteAllText(Path.Combine(folder, Taxonomy.JsonFileName), JsonSerializer.Serialize(Taxonomies));
    }

    /// <summary>Reads them all from an index folder.</summary>
    public static SearchResources Load(string folder)
    {
        var taxonomies = Path.Combine(folder, Taxonomy.JsonFileName);
        return new(CompoundDictionary.Load(folder), SynonymTable.Load(folder), FacetLabels.Load(folder))
        {
            Taxonomies = File.Exists(taxonomies) ? JsonSerializer.Deserialize<List<Taxonomy>>(File.ReadAllText(taxonomies)) ?? [] : [],
        };
    }
}
