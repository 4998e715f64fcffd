using Lucene.Net.Store;

namespace Kennisplatform.Search;

/// <summary>
/// A finished index folder whose files are hard-linked, not copied, when <c>IndexWriter.AddIndexes</c> takes its
/// segments into another folder's index. Without a lock: it is only read. With <paramref name="copied"/>, each file taken
/// is recorded under its new name with a key of its bytes: <paramref name="key"/> (the key of this folder's content, e.g. a
/// cached group's) and its name here, so that its bytes need not be hashed again.
/// </summary>
internal sealed class LinkingDirectory(string path, string? key = null, System.Collections.Concurrent.ConcurrentDictionary<string, string>? copied = null)
    : SimpleFSDirectory(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory())
{
    public override void Copy(Lucene.Net.Store.Directory to, string src, string dest, IOContext context)
    {
        if (!(to is FSDirectory target && HardLink.TryCreate(Path.Combine(Directory.FullName, src), Path.Combine(target.Directory.FullName, dest))))
        {
            base.Copy(to, src, dest, context);
        }
        if (key is not null) copied?.TryAdd(dest, $"{key}/{src}");
    }
}
