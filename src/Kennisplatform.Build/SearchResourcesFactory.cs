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
    public static SearchResources Create(Site site, IEnumerable<IndexDocument> documents, IEnumerable<string> wordList)
    {
        var corpus = documents
            .SelectMany(d => new[] { d.Title, d.Summary, d.Body }.Concat(d.Headings))
            .SelectMany(text => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()));
        return new SearchResources(CompoundDictionary.Build(wordList, corpus), Synonyms(site), Labels(site)) { Taxonomies = site.Taxonomies };
    }

    /// <summary>One group per glossary entry: its title, its full form and its synonyms.</summary>
    public static SynonymTable Synonyms(Site site) => new(site.OfType(DocumentType.Begrip)
        .Select(d => (IReadOnlyList<string>)new[] { d.Title }.Concat(d.Text("full") is { } full ? [full] : []).Concat(d.List("synonyms")).ToList()));

    // The type's plural label, and the title of each term of each taxonomy.
    private static FacetLabels Labels(Site site) => new(site.Taxonomies
        .Select(t => (t.Key, Labels: (IReadOnlyDictionary<string, string>)site.Terms(t).ToDictionary(d => d.Slug, d => d.Title)))
        .Prepend((IndexFields.Type, Enum.GetValues<DocumentType>().ToDictionary(t => t.Key(), t => t.PluralLabel())))
        .ToDictionary(f => f.Item1, f => f.Item2));
}
