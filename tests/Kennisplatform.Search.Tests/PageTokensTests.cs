using Kennisplatform.Testing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Kennisplatform.Search.Tests;

/// <summary>The body and exact fields made from one tokenisation hold what the analyzers make of the text.</summary>
public class PageTokensTests
{
    [Fact]
    public void Body_and_exact_fields_hold_the_terms_positions_offsets_and_norms_the_analyzers_give_the_text()
    {
        var texts = System.IO.Directory.EnumerateFiles(Fixtures.SiteContentFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        // Crafted: a token longer than the tokenizer keeps (its position is skipped), stop words at the end, an empty
        // body, diacritics and capitals that fold to words the body also has, a heading's word found nowhere else.
        texts.Add("Geïntegreerde GEMEENTEN " + new string('x', 300) + " en de van");
        texts.Add("");
        var compounds = CompoundDictionary.Build(["vastgoed", "criminaliteit", "drugs", "dumping"], ["vastgoed", "criminaliteit", "drugs", "dumping"]);
        var documents = texts.Select((text, i) => new IndexDocument($"/p{i:000}/", "pagina", "Pagina", $"Titel {i} Vastgoedcriminaliteit",
            i % 3 == 0 ? "" : "Samenvatting over drugsdumping en café's", i % 2 == 0 ? [] : ["Eerste kop", "Tweede kopwoordzonderweerga"], text,
            new Dictionary<string, IReadOnlyList<string>>(), [], null, null, null, Weight: 1f + i % 4 * 0.1f)).ToList();

        using var folder = new TempFolder();
        var written = Path.Combine(folder.Path, "index");
        SearchIndexWriter.Write(written, documents, SearchResources.Empty with { Compounds = compounds }, partSize: 8);

        // The reference: the same text analysed by the analyzers, as fields of text.
        var reference = new RAMDirectory();
        using (var analyzer = SearchAnalyzers.Create(compounds))
        using (var writer = new IndexWriter(reference, new IndexWriterConfig(DutchTextAnalyzer.Version, analyzer) { Similarity = new RankingSimilarity() }))
        {
            var body = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
            var exact = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true };
            foreach (var d in documents)
            {
                writer.AddDocument(new LuceneDocument
                {
                    new Field(IndexFields.Body, d.Body, body) { Boost = d.Weight },
                    new Field(IndexFields.Exact, string.Join(" \n ", [d.Title, d.Summary, .. d.Headings, d.Body]), exact),
                });
            }
        }

        using var actualDirectory = new SimpleFSDirectory(new DirectoryInfo(written));
        using var actual = DirectoryReader.Open(actualDirectory);
        using var expected = DirectoryReader.Open(reference);
        Assert.Equal(Postings(expected, IndexFields.Body, positions: true), Postings(actual, IndexFields.Body, positions: true));
        Assert.Equal(Postings(expected, IndexFields.Exact, positions: false), Postings(actual, IndexFields.Exact, positions: false));
        Assert.Equal(Norms(expected), Norms(actual));
        Assert.Contains("kopwoordzonderweerga", Postings(actual, IndexFields.Exact, positions: false).Select(p => p.Split(' ')[0]));
    }

    // Every term with every page, frequency, position and offsets, as lines.
    private static List<string> Postings(IndexReader reader, string field, bool positions)
    {
        var lines = new List<string>();
        var terms = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (terms.MoveNext())
        {
            var term = terms.Term.Utf8ToString();
            if (!positions)
            {
                var docs = terms.Docs(null, null, DocsFlags.NONE);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) lines.Add($"{term} {docs.DocID}");
                continue;
            }
            var each = terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            while (each.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var line = $"{term} {each.DocID} {each.Freq}:";
                for (var i = 0; i < each.Freq; i++) line += $" {each.NextPosition()}@{each.StartOffset}-{each.EndOffset}";
                lines.Add(line);
            }
        }
        return lines;
    }

    private static List<long> Norms(IndexReader reader)
    {
        var norms = MultiDocValues.GetNormValues(reader, IndexFields.Body);
        return Enumerable.Range(0, reader.MaxDoc).Select(d => norms.Get(d)).ToList();
    }
}
