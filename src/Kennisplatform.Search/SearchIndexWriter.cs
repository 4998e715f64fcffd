using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Kennisplatform.Search;

/// <summary>Writes the Lucene index of the public pages at build time.</summary>
public static class SearchIndexWriter
{
    /// <summary>
    /// Writes a fresh index into <paramref name="folder"/>, with the compound dictionary, synonyms and facet labels
    /// that searching it needs beside it.
    /// </summary>
    public static void Write(string folder, IReadOnlyCollection<IndexDocument> documents, SearchResources? resources = null)
    {
        resources ??= SearchResources.Empty;
        System.IO.Directory.CreateDirectory(folder);
        resources.Save(folder);
        using var directory = new SimpleFSDirectory(new DirectoryInfo(folder));
        using var analyzer = SearchAnalyzers.Create(resources.Compounds);
        var config = new IndexWriterConfig(DutchTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 128,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var document in documents)
        {
            writer.AddDocument(ToLucene(document));
        }
        writer.ForceMerge(1);
        writer.Commit();
    }

    // The body keeps its term vectors with offsets, so that snippets find the matching words without analysing
    // the text again for every hit (which was most of the cost of a search).
    private static readonly FieldType BodyType = CreateBodyType();

    // The spelling vocabulary needs its terms and how many pages have them; no positions, frequencies or norms.
    private static readonly FieldType VocabularyType = CreateVocabularyType();

    private static FieldType CreateVocabularyType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true };
        type.Freeze();
        return type;
    }

    private static FieldType CreateBodyType()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }

    /// <summary>The Lucene document for one page.</summary>
    public static LuceneDocument ToLucene(IndexDocument d)
    {
        var doc = new LuceneDocument
        {
            new StringField(IndexFields.Url, d.Url, Field.Store.YES),
            new StringField(IndexFields.Type, d.Type, Field.Store.YES),
            new StoredField(IndexFields.TypeLabel, d.TypeLabel),
            new TextField(IndexFields.Title, d.Title, Field.Store.YES),
            new TextField(IndexFields.Summary, d.Summary, Field.Store.YES),
            new TextField(IndexFields.Headings, string.Join(" \n ", d.Headings), Field.Store.YES),
            new Field(IndexFields.Body, d.Body, BodyType),
            new Field(IndexFields.Exact, string.Join(" \n ", [d.Title, d.Summary, .. d.Headings, d.Body]), VocabularyType),
        };
        if (d.Restricted) doc.Add(new StringField(IndexFields.Access, "besloten", Field.Store.YES));
        foreach (var field in doc.Fields.OfType<Field>().Where(f => f.IndexableFieldType is { IsIndexed: true, IsTokenized: true, OmitNorms: false }))
        {
            field.Boost = d.Weight;
        }
        foreach (var theme in d.Themes.Distinct())
        {
            doc.Add(new StringField(IndexFields.Themes, theme, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(IndexFields.Themes, new BytesRef(theme)));
        }
        foreach (var label in d.ThemeLabels) doc.Add(new StoredField(IndexFields.ThemeLabels, label));
        foreach (var region in d.Regions.Distinct())
        {
            doc.Add(new StringField(IndexFields.Regions, region, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(IndexFields.Regions, new BytesRef(region)));
        }
        doc.Add(new SortedSetDocValuesField(IndexFields.Type, new BytesRef(d.Type)));
        if (d.DateIso is not null) doc.Add(new StoredField(IndexFields.Date, d.DateIso));
        if (d.DateText is not null) doc.Add(new StoredField(IndexFields.DateText, d.DateText));
        if (d.SortDate is { } date)
        {
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            doc.Add(new StringField(IndexFields.Year, year, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(IndexFields.Year, new BytesRef(year)));
            doc.Add(new NumericDocValuesField(IndexFields.SortDate, date.Year * 10000L + date.Month * 100 + date.Day));
        }
        else
        {
            doc.Add(new NumericDocValuesField(IndexFields.SortDate, 0));
        }
        return doc;
    }
}
