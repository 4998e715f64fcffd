namespace Kennisplatform.Search;

/// <summary>What writing an index did: how many parts, how many came from the part cache, and the keys of the parts.</summary>
public sealed record IndexWriteResult(int Parts, int Reused, IReadOnlyList<string> PartKeys)
{
    /// <summary>
    /// How many of the parts from the cache are a last build's parts taken over under a new compound dictionary, which
    /// gives their words the terms they had (<see cref="PartWordTerms"/>).
    /// </summary>
    public int TakenOver { get; init; }

    /// <summary>"Zie ook" over the index, when asked for (from the terms kept beside its parts).</summary>
    public RelatedPages? Related { get; init; }

    /// <summary>
    /// Files of the index whose bytes a key names without reading them (by file name): those taken from the cached
    /// parts. The other files (segment lists and infos, resources) are not in it.
    /// </summary>
    public IReadOnlyDictionary<string, string> FileKeys { get; init; } = new Dictionary<string, string>();
}
