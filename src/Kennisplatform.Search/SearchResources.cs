namespace Kennisplatform.Search;

/// <summary>What the index and the searches over it share: compound dictionary, synonyms and facet labels.</summary>
public sealed record SearchResources(CompoundDictionary Compounds, SynonymTable Synonyms, FacetLabels Labels)
{
    /// <summary>No compounds, synonyms or labels.</summary>
    public static SearchResources Empty { get; } = new(CompoundDictionary.Empty, SynonymTable.Empty, FacetLabels.Empty);

    /// <summary>Writes all three into an index folder.</summary>
    public void Save(string folder)
    {
        Compounds.Save(folder);
        Synonyms.Save(folder);
        Labels.Save(folder);
    }

    /// <summary>Reads all three from an index folder.</summary>
    public static SearchResources Load(string folder) =>
        new(CompoundDictionary.Load(folder), SynonymTable.Load(folder), FacetLabels.Load(folder));
}
