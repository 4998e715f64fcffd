using System.Buffers;
using Kennisplatform.Content;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>Derives what search needs from the content: compound parts, glossary synonyms and facet labels.</summary>
public static class SearchResourcesFactory
{
    /// <summary>The resources for the index of these documents.</summary>
    public static SearchResources Create(Site site, IEnumerable<IndexDocument> documents, IEnumerable<string> wordList) =>
        Create(site, CompoundDictionary.Build(wordList, documents.SelectMany(CorpusWords)));

    /// <summary>The resources for an index with this compound dictionary.</summary>
    public static SearchResources Create(Site site, CompoundDictionary compounds) =>
        new(compounds, Synonyms(site), Labels(site)) { Taxonomies = site.Taxonomies };

    /// <summary>
    /// The words of a document the compound dictionary may take (lower case, each once; shorter words never make a
    /// part): they follow from the document's own text alone, so a build cache keeps them with the file. A word is a
    /// run of letters (Unicode category L), in the order the text has them; a word seen before costs no string.
    /// </summary>
    public static IReadOnlyCollection<string> CorpusWords(IndexDocument document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var known = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var lower = ArrayPool<char>.Shared.Rent(256);
        try
        {
            foreach (var text in SearchIndexWriter.AnalysedTexts(document))
            {
                var rest = text.AsSpan();
                while (!rest.IsEmpty)
                {
                    var start = 0;
                    while (start < rest.Length && !char.IsLetter(rest[start])) start++;
                    var end = start;
                    while (end < rest.Length && char.IsLetter(rest[end])) end++;
                    var word = rest[start..end];
                    rest = rest[end..];
                    if (word.Length < CompoundDictionary.MinPartLength) continue;
                    if (word.Length > lower.Length)
                    {
                        ArrayPool<char>.Shared.Return(lower);
                        lower = ArrayPool<char>.Shared.Rent(word.Length);
                    }
                    var lowered = lower.AsSpan(0, word.ToLowerInvariant(lower));
                    known.Add(lowered);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lower);
        }
        return words;
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
