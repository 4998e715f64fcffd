using System.Security.Cryptography;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Kennisplatform.Search;

/// <summary>
/// A copy of a published index merged into one segment, for searching. Each segment costs a search its own term
/// lookups and scorer trees (about 4 % per segment), and the build cannot publish one segment (merging everything
/// again would undo what an edit saves), so a host may search such a copy instead. The copy holds the same documents
/// in the same order (one merge of all segments, in order), with the same norms, terms and counts, so every score,
/// tie and result is the published index's.
/// </summary>
public static class SingleSegmentCopy
{
    /// <summary>The number of segments of the index in <paramref name="folder"/>.</summary>
    public static int Segments(string folder)
    {
        using var directory = new SimpleFSDirectory(new DirectoryInfo(folder));
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Count;
    }

    /// <summary>
    /// A key of the index in <paramref name="folder"/> and of the code that copies it: the SHA-256 of every file's
    /// name and bytes and of this assembly's version id. The same key means the same copy.
    /// </summary>
    public static string Key(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(SingleSegmentCopy).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        var buffer = new byte[1 << 16];
        foreach (var file in System.IO.Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            using var stream = File.OpenRead(file);
            hash.AppendData(BitConverter.GetBytes(stream.Length));
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Writes the one-segment copy of the index in <paramref name="source"/> into <paramref name="target"/>, a new or
    /// empty folder (an index with deleted documents is refused). Only the index files: what searching needs beside them (compounds, synonyms, labels) stays with
    /// the published index.
    /// </summary>
    public static void Write(string source, string target)
    {
        using var from = new SimpleFSDirectory(new DirectoryInfo(source));
        using var reader = DirectoryReader.Open(from);
        // Merging drops deleted documents and so renumbers the rest; a published index has none.
        if (reader.HasDeletions) throw new InvalidOperationException($"the index in {source} has deleted documents");
        using var to = new SimpleFSDirectory(new DirectoryInfo(target));
        using var analyzer = new KeywordAnalyzer(); // no documents are analysed: the merge copies what was indexed
        var config = new IndexWriterConfig(DutchTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false,
            Codec = new ReproducibleCodec(),
            Similarity = new RankingSimilarity(),
        };
        using var writer = new IndexWriter(to, config);
        // One call with every segment: one merge, in segment order, so document numbers stay what they were.
        writer.AddIndexes([.. reader.Leaves.Select(l => (IndexReader)l.AtomicReader)]);
        writer.Commit();
    }

    /// <summary>
    /// Whether <paramref name="copy"/> is a sound one-segment copy of <paramref name="source"/>: one segment, the
    /// same documents, and every file's checksum right (a copy cut short or damaged on disk fails).
    /// </summary>
    public static bool Verify(string source, string copy)
    {
        try
        {
            using var from = new SimpleFSDirectory(new DirectoryInfo(source));
            using var published = DirectoryReader.Open(from);
            using var to = new SimpleFSDirectory(new DirectoryInfo(copy));
            using var merged = DirectoryReader.Open(to);
            if (merged.Leaves.Count != 1 || merged.MaxDoc != published.MaxDoc || merged.NumDocs != published.NumDocs) return false;
            merged.Leaves[0].AtomicReader.CheckIntegrity();
            return true;
        }
        catch (Exception e) when (e is IOException or IndexFormatTooOldException or IndexFormatTooNewException or CorruptIndexException
                                      or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
