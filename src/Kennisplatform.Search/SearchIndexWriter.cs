using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Kennisplatform.Search;

/// <summary>Writes the Lucene index of the public pages at build time.</summary>
public static class SearchIndexWriter
{
    /// <summary>The average number of documents per index part.</summary>
    public const int DefaultPartSize = 96;

    /// <summary>The file a cached part gets last, once it is complete; a part without it is never used.</summary>
    private const string CompleteMarker = "complete";

    /// <summary>
    /// Writes a fresh index into <paramref name="folder"/>, with the compound dictionary, synonyms and facet labels
    /// that searching it needs beside it. The documents keep their order: they are cut into parts (see
    /// <see cref="Parts"/>), each part is analysed into its own small index on all cores, and the index is
    /// the parts' segments in order, hard-linked into place, never merged: a host searches its own one-segment copy
    /// (<see cref="SingleSegmentCopy"/>), so merging here would be paid on every edit for a layout searched only until
    /// that copy is ready. Every part is kept under a key of what it follows from (its documents, the resources, this
    /// code), in <paramref name="partCache"/> when given, so that after an edit only the edited page's part is
    /// analysed again; without it, in a folder of its own that is removed afterwards. Both ways do the same work in the
    /// same order, so a cached index is the index a clean build writes, byte for byte.
    /// With <paramref name="compoundCandidates"/> (per document, by its position, the words of the list that could end a
    /// compound in its <see cref="AnalysedTexts"/>, <see cref="CompoundCandidates"/>), a part's key holds only the compound
    /// dictionary's entries among its documents' candidates, so a change of the dictionary analyses again only the parts
    /// whose compounds it changes;
    /// they are asked for only for parts whose documents changed since the last build with this cache (or whose
    /// candidates were not kept with them, <see cref="PartCandidates"/>).
    /// </summary>
    public static IndexWriteResult Write(string folder, IReadOnlyList<IndexDocument> documents, SearchResources? resources = null,
        int partSize = DefaultPartSize, string? partCache = null, bool related = false,
        DocumentCandidates? compoundCandidates = null) =>
        Write(folder, new IndexInput(documents), resources, partSize, partCache, related, compoundCandidates);

    /// <summary>
    /// As <see cref="Write(string, IReadOnlyList{IndexDocument}, SearchResources?, int, string?, bool, DocumentCandidates?)"/>,
    /// with documents made only for the parts that need them (<see cref="IndexInput"/>): with input keys and the part
    /// cache, an edit makes the documents of the edited page's part only. With <paramref name="relatedReady"/> (and
    /// <paramref name="related"/>), "Zie ook" is handed over as soon as its signatures are composed, while the parts'
    /// segments are still being put in place: it follows from the parts' terms, not from the index.
    /// </summary>
    public static IndexWriteResult Write(string folder, IndexInput documents, SearchResources? resources = null,
        int partSize = DefaultPartSize, string? partCache = null, bool related = false,
        DocumentCandidates? compoundCandidates = null, Action<RelatedPages>? relatedReady = null)
    {
        resources ??= SearchResources.Empty;
        System.IO.Directory.CreateDirectory(folder);
        resources.Save(folder);
        var parts = Parts(documents.Urls, partSize);
        var cache = partCache ?? $"{Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)}.parts-{Guid.NewGuid():N}";
        System.IO.Directory.CreateDirectory(cache);
        // The "Zie ook" table of the last build is wanted once the parts are written: it is read meanwhile.
        var keptTerms = related && partCache is not null
            ? Task.Run(() => RelatedTermsTable.Read(Path.Combine(partCache, RelatedTermsTable.FileName)))
            : null;
        var (partKeys, partCandidates, lastKeys) = PartKeys(folder, documents, parts, resources.Compounds, compoundCandidates, partCache);
        var analysed = 0;
        var takenOver = 0;
        // One analyzer for all parts: it remembers the terms of each word, and the parts share most of their words.
        var text = new DutchTextAnalyzer(resources.Compounds);
        var exact = new ExactTextAnalyzer();
        using var analyzer = SearchAnalyzers.Create(text, exact);
        try
        {
            var partFolders = partKeys.Select(k => Path.Combine(cache, k)).ToList();
            var neededParts = Enumerable.Range(0, parts.Count).Where(i => !IsComplete(partFolders[i])).ToList();
            // One writer per core: the writes block on the disk now and then, and the thread pool would add writers
            // (each with its own buffers) that only contend for the same cores.
            var perCore = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(neededParts, perCore, i =>
            {
                var (start, count) = parts[i];
                if (Keep(Path.Combine(cache, partKeys[i]), target =>
                    {
                        // A part whose documents are the last build's, under another dictionary that gives its words the
                        // terms they had: its files as they are.
                        if (lastKeys[i] is { } last && TakeOver(Path.Combine(cache, last), target, text.Words))
                        {
                            Interlocked.Increment(ref takenOver);
                            return;
                        }
                        WritePart(target, documents, start, count, analyzer, new PageTokens(text.Words, exact.Words), text.Words);
                        KeepRelatedTerms(target, analyzer);
                    }))
                {
                    Interlocked.Increment(ref analysed);
                }
            });
            // The candidates worked out now go with their parts, for the next change of the dictionary.
            if (partCache is not null) KeepCandidates(cache, partKeys, partCandidates);
            // The parts' segments are put in place beside the "Zie ook" signatures, which read the parts' terms only.
            var assembled = Task.Run(() => Assemble(folder, partFolders, partKeys, resources));
            RelatedPages? relatedPages;
            try
            {
                relatedPages = !related ? null
                    : partCache is null ? RelatedPages.FromParts(partFolders)
                    : RelatedPages.FromParts(partFolders, partKeys, partCache, keptTerms!);
                if (relatedPages is not null) relatedReady?.Invoke(relatedPages);
            }
            catch
            {
                // Never leaves (nor removes the parts' folder) while their files are still being linked; the signatures' error is the one reported.
                try { assembled.Wait(); } catch (AggregateException) { }
                throw;
            }
            var fileKeys = assembled.GetAwaiter().GetResult();
            return new IndexWriteResult(parts.Count, parts.Count - analysed + takenOver, partKeys)
            {
                Related = relatedPages, FileKeys = fileKeys, TakenOver = takenOver,
            };
        }
        finally
        {
            if (partCache is null) System.IO.Directory.Delete(cache, recursive: true);
        }
    }

    // Each part's candidates into its folder, unless the folder has them for this list already (or is not there).
    private static void KeepCandidates(string cache, IReadOnlyList<string> partKeys, IReadOnlyList<PartCandidates?> candidates) =>
        Parallel.For(0, partKeys.Count, i =>
        {
            var part = Path.Combine(cache, partKeys[i]);
            if (candidates[i] is { } made && IsComplete(part) && PartCandidates.Read(part, made.ListKey) is null) made.Write(part);
        });

    private static bool IsComplete(string cached) => File.Exists(Path.Combine(cached, CompleteMarker));

    /// <summary>
    /// Puts the files of the complete part <paramref name="last"/> into <paramref name="target"/> (hard links) when
    /// <paramref name="words"/> gives every word of it that could be split the terms it was analysed into
    /// (<see cref="PartWordTerms"/>): the part's index is then the one analysing it again would write.
    /// </summary>
    private static bool TakeOver(string last, string target, WordTerms words)
    {
        if (!IsComplete(last) || PartWordTerms.Read(last) is not { } kept || !kept.SameUnder(words)) return false;
        try
        {
            System.IO.Directory.CreateDirectory(target);
            foreach (var file in System.IO.Directory.EnumerateFiles(last).Where(f => Path.GetFileName(f) != CompleteMarker))
            {
                HardLink.Place(file, Path.Combine(target, Path.GetFileName(file)));
            }
            return true;
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            // Gone meanwhile: analysed instead.
            if (System.IO.Directory.Exists(target)) System.IO.Directory.Delete(target, recursive: true);
            return false;
        }
    }

    /// <summary>
    /// Makes the cache entry <paramref name="cached"/> unless it is there: written aside and moved into place complete,
    /// so that an interrupted build never leaves an entry that looks usable. True when it was written now.
    /// </summary>
    private static bool Keep(string cached, Action<string> write)
    {
        if (IsComplete(cached)) return false;
        var temporary = $"{cached}.tmp-{Guid.NewGuid():N}";
        write(temporary);
        File.WriteAllText(Path.Combine(temporary, CompleteMarker), "");
        try
        {
            if (System.IO.Directory.Exists(cached)) System.IO.Directory.Delete(cached, recursive: true); // left incomplete
            System.IO.Directory.Move(temporary, cached);
        }
        catch (IOException) when (IsComplete(cached))
        {
            System.IO.Directory.Delete(temporary, recursive: true); // another build kept the same entry first
        }
        return true;
    }

    /// <summary>
    /// Cuts the documents, in their order, into parts of about <paramref name="averageSize"/>. A part ends after a
    /// document whose URL hashes to a multiple of the average size (at least a quarter of it, at most four times it),
    /// so the cuts depend on the documents only: editing, adding or removing a page changes its own part and leaves the
    /// others as they were, and every machine cuts the same way.
    /// </summary>
    public static IReadOnlyList<(int Start, int Count)> Parts(IReadOnlyList<string> urls, int averageSize = DefaultPartSize)
    {
        var parts = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < urls.Count; i++)
        {
            var count = i - start + 1;
            if (i == urls.Count - 1 || count >= averageSize * 4 || (count >= Math.Max(1, averageSize / 4) && Fnv(urls[i]) % (uint)averageSize == 0))
            {
                parts.Add((start, count));
                start = i + 1;
            }
        }
        return parts;
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    /// <summary>
    /// A key per part: what the part's index files follow from, i.e. its documents, the resources the analysis uses (as
    /// saved beside the index), this code and the Lucene version. With the part cache, the keys of the last build are
    /// remembered (<see cref="PartKeyMemo"/>) under a key of what each was worked out from: the input keys of the part's
    /// documents (<see cref="IndexInput.InputKey"/>) where every document has one, else the documents themselves. A part
    /// found there is not hashed, its documents are not made and its candidates not read: with the same dictionary its
    /// key is the one kept; with another, the key follows from the <see cref="PartCandidates"/> kept in its last folder.
    /// </summary>
    private static (string[] Keys, PartCandidates?[] Candidates, string?[] LastKeys) PartKeys(string folder, IndexInput documents,
        IReadOnlyList<(int Start, int Count)> parts, CompoundDictionary compounds, DocumentCandidates? candidates, string? partCache)
    {
        using var common = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        common.AppendData(Encoding.UTF8.GetBytes($"parts-v9 {typeof(SearchIndexWriter).Assembly.ManifestModule.ModuleVersionId} {typeof(IndexWriter).Assembly.FullName}\n"));
        common.AppendData(Encoding.UTF8.GetBytes(candidates is null ? "whole dictionary\n" : "dictionary per part\n"));
        var dictionary = candidates is null ? null : compounds.Words.ToHashSet(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            // With the candidates, each part's key has the dictionary entries its own text can use instead.
            if (dictionary is not null && Path.GetFileName(file) is CompoundDictionary.FileName or CompoundDictionary.ModifiersFileName) continue;
            common.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            common.AppendData(File.ReadAllBytes(file));
        }
        var prefix = common.GetHashAndReset();
        // The entries a part's text can use follow from its documents and the dictionary alone: a part whose documents
        // and dictionary are those of the last build has the key it had then, without its candidates being read.
        var known = partCache is not null ? PartKeyMemo.Read(partCache) : PartKeyMemo.None;
        // The dictionary as a part's analysis uses it: the list, whose words found in a part may come before a compound's
        // last part (the modifiers are all of those), and the heads.
        var dictionaryKey = dictionary is null ? "whole" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{candidates!.ListKey}\n{string.Join('\n', compounds.Words)}")));
        var sameDictionary = known.Dictionary == dictionaryKey;
        var keys = new string[parts.Count];
        var memo = new string?[parts.Count];
        // The candidates worked out or read now, kept in the parts' folders once they are written.
        var kept = new PartCandidates?[parts.Count];
        // The key a part had in the last build when only the dictionary changed it since.
        var lastKeys = new string?[parts.Count];
        Parallel.For(0, parts.Count, i =>
        {
            var (start, count) = parts[i];
            memo[i] = InputsKey(prefix, documents, start, count);
            if (memo[i] is { } inputs && Known(inputs, i) is { } key)
            {
                keys[i] = key;
                return;
            }
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(prefix);
            for (var d = start; d < start + count; d++) IndexDocumentKey.Append(hash, documents[d]);
            var documentsKey = hash.GetHashAndReset();
            if (dictionary is null)
            {
                keys[i] = Convert.ToHexString(documentsKey).ToLowerInvariant();
                return;
            }
            if (memo[i] is null)
            {
                memo[i] = Convert.ToHexString(documentsKey);
                if (Known(memo[i]!, i) is { } key2)
                {
                    keys[i] = key2;
                    return;
                }
            }
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (var d = start; d < start + count; d++) words.UnionWith(candidates!.Heads(d));
            var sorted = words.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            kept[i] = new PartCandidates(candidates!.ListKey, documentsKey, sorted);
            keys[i] = kept[i]!.KeyFor(dictionary);
        });
        if (partCache is not null)
        {
            var remembered = Enumerable.Range(0, parts.Count).Where(i => memo[i] is not null).ToList();
            PartKeyMemo.Write(partCache, dictionaryKey, remembered.Select(i => memo[i]!).ToList(), remembered.Select(i => keys[i]).ToList());
        }
        return (keys, kept, lastKeys);

        // The key of the part whose documents have the key source: the last build's with the same dictionary, else
        // worked out from the candidates kept in its last folder (which go with it into its new folder); null when
        // neither is known.
        string? Known(string source, int part)
        {
            if (!known.Keys.TryGetValue(source, out var last)) return null;
            if (sameDictionary) return last;
            if (partCache is null || dictionary is null || PartCandidates.Read(Path.Combine(partCache, last), candidates!.ListKey) is not { } record) return null;
            kept[part] = record;
            var key = record.KeyFor(dictionary);
            if (key != last) lastKeys[part] = last;
            return key;
        }
    }

    /// <summary>
    /// What a part's key follows from, by its documents' input keys (null when one has none): the part's key is a
    /// function of its documents, the prefix (code, resources) and the dictionary, and a document is a function of its input key.
    /// </summary>
    private static string? InputsKey(byte[] prefix, IndexInput documents, int start, int count)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("inputs-v3\n"u8);
        hash.AppendData(prefix);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            for (var d = start; d < start + count; d++)
            {
                if (documents.InputKey(d) is not { } key) return null;
                // Each key after its length: neighbours cannot run into each other.
                var most = Encoding.UTF8.GetMaxByteCount(key.Length) + sizeof(int);
                if (most > buffer.Length)
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(most);
                }
                var length = Encoding.UTF8.GetBytes(key, buffer.AsSpan(sizeof(int)));
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer, length);
                hash.AppendData(buffer, 0, sizeof(int) + length);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void WritePart(string target, IndexInput documents, int start, int count, Analyzer analyzer, PageTokens tokens, WordTerms words)
    {
        var wordTerms = new PartWordTerms();
        using (var part = new SimpleFSDirectory(new DirectoryInfo(target)))
        using (var writer = new IndexWriter(part, Config(analyzer, ramBufferMb: 64)))
        {
            var fields = new StringFields();
            for (var d = start; d < start + count; d++)
            {
                writer.AddDocument(ToLucene(documents[d], fields, tokens));
                // The terms of the words a dictionary could split, for the next change of the dictionary.
                foreach (var word in tokens.Words) wordTerms.Add(word, words);
            }
            writer.Commit();
        }
        wordTerms.Write(target); // when it cannot be kept, the part is analysed again on a change of the dictionary
    }

    /// <summary>The terms "Zie ook" needs of a part's pages, kept beside the part (<see cref="RelatedPages.SaveTerms"/>).</summary>
    private static void KeepRelatedTerms(string part, Analyzer analyzer)
    {
        using var directory = new SimpleFSDirectory(new DirectoryInfo(part), NoLockFactory.GetNoLockFactory());
        using var reader = DirectoryReader.Open(directory);
        RelatedPages.SaveTerms(reader, analyzer, part);
    }

    /// <summary>
    /// The index: the parts' segments in part order, their files hard-linked, never merged. Returns the files taken from
    /// the parts, each with a key of its bytes (its part's key and its name there: a part's files follow from its key).
    /// </summary>
    private static IReadOnlyDictionary<string, string> Assemble(string folder, IReadOnlyList<string> parts, IReadOnlyList<string> partKeys, SearchResources resources)
    {
        using var directory = new SimpleFSDirectory(new DirectoryInfo(folder));
        using var analyzer = SearchAnalyzers.Create(resources.Compounds);
        var config = Config(analyzer, ramBufferMb: 16);
        config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
        using var writer = new IndexWriter(directory, config);
        var copied = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var sources = parts.Select((p, i) => (Lucene.Net.Store.Directory)new LinkingDirectory(p, partKeys[i], copied)).ToArray();
        try
        {
            writer.AddIndexes(sources);
            writer.Commit();
        }
        finally
        {
            foreach (var d in sources) d.Dispose();
        }
        return copied;
    }

    // Log merge policy: it only merges neighbouring segments, so merges never reorder documents.
    private static IndexWriterConfig Config(Analyzer analyzer, int ramBufferMb) =>
        new(DutchTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = ramBufferMb,
            MergePolicy = new LogDocMergePolicy(),
            UseCompoundFile = false,
            Codec = Reproducible,
            Similarity = new RankingSimilarity(),
        };

    private static readonly ReproducibleCodec Reproducible = new();

    // The body's postings keep each term's offsets, so that a snippet finds the query's words in a page with one skip
    // per term; its text is kept apart (StoredBody), uncompressed. No term vectors: related pages read each part's
    // postings once, term by term, which costs far less than writing, merging and reading a vector per page.
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
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }

    /// <summary>The texts of a page that the Dutch analysis (with its compound splitter) reads: title, summary, headings, body.</summary>
    public static IEnumerable<string> AnalysedTexts(IndexDocument d) => [d.Title, d.Summary, .. d.Headings, d.Body];

    /// <summary>
    /// The Lucene document for one page; its untokenised fields come from <paramref name="fields"/>, body and exact
    /// words from one tokenisation in <paramref name="tokens"/>, so the document is valid until the next one is made
    /// from them. The exact field is the vocabulary of title, summary, headings and body.
    /// </summary>
    public static LuceneDocument ToLucene(IndexDocument d, StringFields fields, PageTokens tokens)
    {
        fields.Next();
        tokens.Next(d.Body, [d.Title, d.Summary, .. d.Headings]);
        var doc = new LuceneDocument
        {
            fields.Get(IndexFields.Url, d.Url),
            fields.Get(IndexFields.Type, d.Type),
            new StoredField(IndexFields.TypeLabel, d.TypeLabel),
            new TextField(IndexFields.Title, d.Title, Field.Store.YES),
            new TextField(IndexFields.Summary, d.Summary, Field.Store.YES),
            new TextField(IndexFields.Headings, string.Join(" \n ", d.Headings), Field.Store.YES),
            new Field(IndexFields.Body, tokens.BodyTerms, BodyType),
            StoredBody.Field(d.Body),
            new Field(IndexFields.Exact, tokens.ExactTerms, VocabularyType),
        };
        if (d.Restricted) doc.Add(fields.Get(IndexFields.Access, "besloten"));
        foreach (var field in doc.Fields.OfType<Field>().Where(f => f.IndexableFieldType is { IsIndexed: true, IsTokenized: true, OmitNorms: false }))
        {
            field.Boost = d.Weight;
        }
        // A field per taxonomy: filtered on as a term, counted for facets through doc values.
        foreach (var (field, terms) in d.Terms)
        {
            foreach (var term in terms.Distinct())
            {
                doc.Add(fields.Get(field, term));
                doc.Add(new SortedSetDocValuesField(field, new BytesRef(term)));
            }
        }
        foreach (var label in d.ThemeLabels) doc.Add(new StoredField(IndexFields.ThemeLabels, label));
        doc.Add(new SortedSetDocValuesField(IndexFields.Type, new BytesRef(d.Type)));
        if (d.DateIso is not null) doc.Add(new StoredField(IndexFields.Date, d.DateIso));
        if (d.DateText is not null) doc.Add(new StoredField(IndexFields.DateText, d.DateText));
        if (d.Updated is { } updated) doc.Add(new StoredField(IndexFields.Updated, updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (d.Change is not null) doc.Add(new StoredField(IndexFields.Change, d.Change));
        doc.Add(new NumericDocValuesField(IndexFields.SortUpdated, d.Updated is { } u ? u.Year * 10000L + u.Month * 100 + u.Day : 0));
        if (d.SortDate is { } date)
        {
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            doc.Add(fields.Get(IndexFields.Year, year));
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
