using System.Text.RegularExpressions;
using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

public class SearchResourcesFactoryTests
{
    [Fact]
    public void Corpus_words_are_the_runs_of_letters_of_five_or_more_lower_cased_in_the_order_of_the_text()
    {
        var texts = Directory.EnumerateFiles(Fixtures.SiteContentFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Append("ÉÉN Geïntegreerde CAFÉ's, straße ΑΘΗΝΑ 13b-vastgoed x1y2z3 İstanbul " + new string('a', 300))
            .ToList();
        for (var i = 0; i + 1 < texts.Count; i += 2)
        {
            var document = new IndexDocument("/p/", "pagina", "Pagina", texts[i][..Math.Min(80, texts[i].Length)], texts[i + 1][..Math.Min(200, texts[i + 1].Length)],
                ["Aanpak en resultaat", texts[^1]], texts[i] + "\n" + texts[i + 1], new Dictionary<string, IReadOnlyList<string>>(), [], null, null, null);
            // The definition: a regular expression over the analysed texts, each word once, in the order first met.
            var expected = SearchIndexWriter.AnalysedTexts(document)
                .SelectMany(t => Regex.Matches(t, @"\p{L}+").Where(m => m.Length >= CompoundDictionary.MinPartLength).Select(m => m.Value.ToLowerInvariant()))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expected, SearchResourcesFactory.CorpusWords(document).ToList());
        }
    }
}
