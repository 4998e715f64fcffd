using Lucene.Net.Store;

namespace Kennisplatform.Search;

/// <summary>
/// A finished index folder whose files are hard-linked, not copied, when <c>IndexWriter.AddIndexes</c> takes its
/// segments into another folder's index. Without a lock: it is only read.
/// </summary>
internal sealed class LinkingDirectory(string path) : SimpleFSDirectory(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory())
{
    public override void Copy(Lucene.Net.Store.Directory to, string src, string dest, IOContext context)
    {
        if (to is FSDirectory target && HardLink.TryCreate(Path.Combine(Directory.FullName, src), Path.Combine(target.Directory.FullName, dest))) return;
        base.Copy(to, src, dest, context);
    }
}
