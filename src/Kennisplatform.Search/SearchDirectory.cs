using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Kennisplatform.Search;

/// <summary>
/// Opens an index folder for searching: through <see cref="SimpleFSDirectory"/>, not <c>MMapDirectory</c> (faster under
/// concurrent load in this Lucene.Net version, and safe when a reader is disposed while another request still
/// searches), with the terms dictionaries and the postings lists of documents and frequencies read into memory. Every
/// term of a query is looked up in every segment and its postings read, and from the file each lookup of a term block
/// and each refill of a postings buffer was a read call under the file's lock. Together they are small (about 2 MB of
/// dictionaries and 7 MB of postings for 10 000 pages) beside the positions, the offsets and the body text, which only
/// phrases and the ten snippets of a page read, and which stay on disk.
/// </summary>
public static class SearchDirectory
{
    // Lucene 4.x block-tree terms: the blocks (.tim) and their index (.tip); Lucene41 postings: documents and
    // frequencies (.doc), not positions (.pos) and offsets (.pay).
    private static readonly HashSet<string> InMemory = ["tim", "tip", "doc"];

    /// <summary>The folder's index, read-only.</summary>
    public static LuceneDirectory Open(string folder)
    {
        var files = new SimpleFSDirectory(new DirectoryInfo(folder));
        var memory = new RAMDirectory();
        try
        {
            foreach (var file in files.ListAll().Where(f => InMemory.Contains(FileSwitchDirectory.GetExtension(f))))
            {
                files.Copy(memory, file, file, IOContext.READ_ONCE);
            }
            return new FileSwitchDirectory(InMemory, memory, files, doClose: true);
        }
        catch
        {
            memory.Dispose();
            files.Dispose();
            throw;
        }
    }
}
