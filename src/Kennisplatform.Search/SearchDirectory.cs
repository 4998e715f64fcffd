using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Kennisplatform.Search;

/// <summary>
/// Opens an index folder for searching: through <see cref="SimpleFSDirectory"/>, not <c>MMapDirectory</c> (faster under
/// concurrent load in this Lucene.Net version, and safe when a reader is disposed while another request still
/// searches), with the terms dictionaries read into memory. Every term of a query is looked up in every segment, and
/// from the file each lookup of a term block was a read call under the file's lock; the dictionaries are small (about
/// 2 MB for 10 000 pages) beside the postings and the body text, which stay on disk.
/// </summary>
public static class SearchDirectory
{
    // Lucene 4.x block-tree terms: the blocks (.tim) and their index (.tip).
    private static readonly HashSet<string> InMemory = ["tim", "tip"];

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
