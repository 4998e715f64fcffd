using System.Text.RegularExpressions;
using Kennisplatform.Content;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>Derives what search needs from the content: compound parts, glossary synonyms and facet labels.</summary>
public static partial class SearchResourcesFactory
{
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>The resources for the index of these documents.</summary>
    public static SearchResources Create(Site site, IEnumerable<IndexDocument> documents, IEnumerable<string> wordList) =>
        Create(site, documents.Select(CorpusWords), wordList);

    /// <summary>The resources for an index whose documents have these <see cref="CorpusWords"/> (taken from a cache).</summary>
    public static SearchResources Create(Site site, IEnumerable<IReadOnlyCollection<string>> corpusWords, IEnumerable<string> wordList) =>
        new(CompoundDictionary.Build(wordList, corpusWords.SelectMany(w => w)), Synonyms(site), Labels(site)) { Taxonomies = site.Taxonomies };

    /// <summary>
    /// The words of a document the compound dictionary may take (lower case, each once; shorter words never make a
    /// part): they follow from the document's own text alone, so a build cache keeps them with the file.
    /// </summary>
    public static IReadOnlyCollection<string> CorpusWords(IndexDocument document) =>
        SearchIndexWriter.AnalysedTexts(document)
            .SelectMany(text => Word().Matches(text).Where(m => m.Length >= CompoundDictionary.MinPartLength).Select(m => m.Value.ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>One group per glossary entry: its title, its full form and its synonyms.</summary>
    public static SynonymTable Synonyms(Site site) => new(site.OfType(DocumentType.Begrip)
        .Select(d => (IReadOnlyList<string>)new[] { d.Title }.Concat(d.Text("full") is { } full ? [full] : []).Concat(d.List("synonyms")).ToList()));

    // The type's plural label, and the title of each term of each taxonomy.
    private static FacetLabels Labels(Site site) => new(site.Taxonomies
        .Select(t => (t.Key, Labels: (IReadOnlyDictionary<string, string>)site.Terms(t).ToDictionary(d => d.Slug, d => d.Title)))
        .Prepend((IndexFields.Type, Enum.GetValues<DocumentType>().ToDictionary(t => t.Key(), t => t.PluralLabel())))
        .ToDictionary(f => f.Item1, f => f.Item2));
}
